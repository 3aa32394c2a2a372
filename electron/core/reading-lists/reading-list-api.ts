// The API's reading-list methods over the engine's reading lists, each answering a Result through
// the portal's own wrapper (so failures carry the same codes as every other method).
import type { PortalApi, Result } from '#shared/api.ts';
import type { ReadingLists } from './reading-lists.ts';

type ReadingListMethod =
  | 'listReadingLists'
  | 'getReadingList'
  | 'createReadingList'
  | 'updateReadingList'
  | 'deleteReadingList'
  | 'addReadingListItem'
  | 'setReadingListItemNote'
  | 'removeReadingListItem'
  | 'reorderReadingList'
  | 'listSharedReadingLists'
  | 'getSharedReadingList';

export function readingListApi(
  lists: ReadingLists,
  result: <T>(work: () => T) => Promise<Result<T>>,
): Pick<PortalApi, ReadingListMethod> {
  return {
    listReadingLists: () => result(() => lists.lists()),
    getReadingList: (id) => result(() => lists.readingList(id)),
    createReadingList: (input) => result(() => lists.create(input)),
    updateReadingList: (change) => result(() => lists.update(change)),
    deleteReadingList: (id) =>
      result(() => {
        lists.delete(id);
        return true as const;
      }),
    addReadingListItem: (input) => result(() => lists.addItem(input)),
    setReadingListItemNote: (input) => result(() => lists.setItemNote(input)),
    removeReadingListItem: (item) => result(() => lists.removeItem(item)),
    reorderReadingList: (order) => result(() => lists.reorder(order)),
    listSharedReadingLists: () => result(() => lists.sharedLists()),
    getSharedReadingList: (id) => result(() => lists.sharedReadingList(id)),
  };
}
