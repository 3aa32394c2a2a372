// A document's bookmarks (or everyone's, for null) with save and delete that refresh the list.
import { useCallback } from 'react';
import type { ApiError, Bookmark, BookmarkInput, Result } from '../../../electron/shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';

export interface BookmarkList {
  result: Result<Bookmark[]> | null;
  save(input: BookmarkInput): Promise<ApiError | null>;
  remove(id: number): Promise<ApiError | null>;
}

export function useBookmarks(documentId: string | null): BookmarkList {
  const { bookmarks } = usePortal();
  const { result, reload } = useApiResult(`bookmarks:${documentId ?? '*'}`, () =>
    bookmarks.list(documentId),
  );
  const save = useCallback(
    async (input: BookmarkInput) => {
      const saved = await settle(() => bookmarks.save(input));
      reload();
      return saved.ok ? null : saved.error;
    },
    [bookmarks, reload],
  );
  const remove = useCallback(
    async (id: number) => {
      const removed = await settle(() => bookmarks.delete(id));
      reload();
      return removed.ok ? null : removed.error;
    },
    [bookmarks, reload],
  );
  return { result, save, remove };
}
