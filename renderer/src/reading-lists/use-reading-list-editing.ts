// The changes the owner of a reading list makes to it, each sent to the user database and the
// list on screen replaced by the answer; each gives the failure, or null.
import type { Dispatch, SetStateAction } from 'react';
import type { ApiError, Result } from '#shared/api.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { moveItem } from './move-item.ts';
import type { ItemEditing } from './ReadingListItemView.tsx';

export interface ListEditing extends ItemEditing {
  saveDetails(name: string, note: string): Promise<ApiError | null>;
  setShared(shared: boolean): Promise<ApiError | null>;
}

export function useReadingListEditing(
  list: ReadingList,
  setList: Dispatch<SetStateAction<ReadingList>>,
): ListEditing {
  const { api } = usePortal();
  const listId = list.id;
  const change = async (work: () => Promise<Result<ReadingList>>) => {
    const done = await settle(work);
    if (!done.ok) return done.error;
    setList(done.value);
    return null;
  };
  return {
    saveDetails: (name, note) => change(() => api.updateReadingList({ id: listId, name, note })),
    setShared: (shared) => change(() => api.updateReadingList({ id: listId, shared })),
    move: async (itemId, by) => {
      const itemIds = moveItem(
        list.items.map((item) => item.id),
        itemId,
        by,
      );
      return itemIds ? change(() => api.reorderReadingList({ listId, itemIds })) : null;
    },
    remove: (itemId) => change(() => api.removeReadingListItem({ listId, itemId })),
    saveNote: (itemId, note) => change(() => api.setReadingListItemNote({ listId, itemId, note })),
  };
}
