// Everything the engine asks of the user database (what people write), as one typed interface
// bound to one connection; the statements live in the modules of store/user.
import type Database from 'better-sqlite3';
import type { Bookmark, BookmarkInput } from '#shared/api.ts';
import { deleteBookmark, listBookmarks, saveBookmark } from './user/bookmarks.ts';

export interface UserStore {
  /** A document's bookmarks, or every bookmark (most recently changed first) for null. */
  listBookmarks(documentId: string | null): Bookmark[];
  /** One bookmark per document page: saving again updates its note. */
  saveBookmark(input: BookmarkInput): Bookmark;
  /** False when there was no such bookmark. */
  deleteBookmark(id: number): boolean;
}

export function userStore(db: Database.Database): UserStore {
  return {
    listBookmarks: (documentId) => listBookmarks(db, documentId),
    saveBookmark: (input) => saveBookmark(db, input),
    deleteBookmark: (id) => deleteBookmark(db, id),
  };
}
