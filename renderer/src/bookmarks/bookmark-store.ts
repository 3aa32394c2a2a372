// Where bookmarks and notes go: the user database through the API contract, or, when the server
// refuses (a classroom visitor on the network), this browser's own storage from then on.
import type { Bookmark, BookmarkInput, PortalApi, Result } from '#shared/api.ts';
import { browserFallback } from '../api/browser-fallback.ts';
import type { KeptIn } from '../api/browser-fallback.ts';
import { LocalBookmarks } from './local-bookmarks.ts';
import type { KeyValueStorage } from './local-bookmarks.ts';

export interface BookmarkStore {
  list(documentId: string | null): Promise<Result<Bookmark[]>>;
  save(input: BookmarkInput): Promise<Result<Bookmark>>;
  delete(id: number): Promise<Result<true>>;
  /** Where bookmarks are kept, as far as is known so far. */
  location(): KeptIn;
}

/** A visitor's bookmarks start in their browser; anyone else's where the server keeps them. */
export function createBookmarkStore(
  api: PortalApi,
  storage: KeyValueStorage,
  startIn: KeptIn = 'library',
): BookmarkStore {
  const local = new LocalBookmarks(storage);
  const fallback = browserFallback(startIn);
  const withFallback = fallback.run;

  return {
    list: (documentId) =>
      withFallback(
        () => api.listBookmarks(documentId),
        () => local.list(documentId),
      ),
    save: (input) =>
      withFallback(
        () => api.saveBookmark(input),
        () => local.save(input),
      ),
    delete: (id) =>
      withFallback(
        () => api.deleteBookmark(id),
        () => local.delete(id),
      ),
    location: fallback.keptIn,
  };
}
