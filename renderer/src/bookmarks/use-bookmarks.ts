// A document's bookmarks (or everyone's, for null) with save and delete that refresh the list.
import { useCallback } from 'react';
import type { ApiError, Bookmark, BookmarkInput, Result } from '#shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';

export interface BookmarkList {
  result: Result<Bookmark[]> | null;
  save(input: BookmarkInput): Promise<ApiError | null>;
  remove(id: number): Promise<ApiError | null>;
  /** Asks for the list again (after it could not be loaded). */
  reload(): void;
}

export function useBookmarks(documentId: string | null): BookmarkList {
  const { bookmarks } = usePortal();
  const { result, reload } = useApiResult(`bookmarks:${documentId ?? '*'}`, () =>
    bookmarks.list(documentId),
  );
  // Loaded again after a failed change too, so the list shows what is stored.
  const change = useCallback(
    async (work: () => Promise<Result<unknown>>) => {
      const done = await settle(work);
      reload();
      return done.ok ? null : done.error;
    },
    [reload],
  );
  const save = useCallback(
    (input: BookmarkInput) => change(() => bookmarks.save(input)),
    [bookmarks, change],
  );
  const remove = useCallback(
    (id: number) => change(() => bookmarks.delete(id)),
    [bookmarks, change],
  );
  return { result, save, remove, reload };
}
