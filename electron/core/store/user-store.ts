// Everything the engine asks of the user database (what people write), as one typed interface
// bound to one connection; the statements live in the modules of store/user.
import type Database from 'better-sqlite3';
import type { Bookmark, BookmarkInput } from '#shared/api.ts';
import type { TrustedKey } from '#shared/pack-types.ts';
import { deleteBookmark, listBookmarks, saveBookmark } from './user/bookmarks.ts';
import { addTrustedKey, listTrustedKeys, removeTrustedKey } from './user/trusted-keys.ts';

export interface UserStore {
  /** A document's bookmarks, or every bookmark (most recently changed first) for null. */
  listBookmarks(documentId: string | null): Bookmark[];
  /** One bookmark per document page: saving again updates its note. */
  saveBookmark(input: BookmarkInput): Bookmark;
  /** False when there was no such bookmark. */
  deleteBookmark(id: number): boolean;
  listTrustedKeys(): TrustedKey[];
  /** Trusting a key again changes its label. */
  addTrustedKey(key: { fingerprint: string; label: string }): TrustedKey;
  /** False when the key was not trusted. */
  removeTrustedKey(fingerprint: string): boolean;
}

export function userStore(db: Database.Database): UserStore {
  return {
    listBookmarks: (documentId) => listBookmarks(db, documentId),
    saveBookmark: (input) => saveBookmark(db, input),
    deleteBookmark: (id) => deleteBookmark(db, id),
    listTrustedKeys: () => listTrustedKeys(db),
    addTrustedKey: (key) => addTrustedKey(db, key),
    removeTrustedKey: (fingerprint) => removeTrustedKey(db, fingerprint),
  };
}
