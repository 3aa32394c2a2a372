// Everything the engine asks of the user database (what people write), as one typed interface
// bound to one connection; the statements live in the modules of store/user.
import type Database from 'better-sqlite3';
import type { Bookmark, BookmarkInput } from '#shared/api.ts';
import type { ReadingListSummary } from '#shared/reading-lists.ts';
import { deleteBookmark, listBookmarks, saveBookmark } from './user/bookmarks.ts';
import type { HighlightChange, HighlightInput } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import {
  deleteHighlight,
  listHighlights,
  saveHighlight,
  updateHighlight,
} from './user/highlights.ts';
import {
  addReadingListItem,
  createReadingList,
  deleteReadingList,
  findReadingListItem,
  listReadingLists,
  readReadingList,
  removeReadingListItem,
  reorderReadingList,
  setReadingListItemNote,
  updateReadingList,
} from './user/reading-lists.ts';
import type {
  ReadingListFields,
  StoredReadingList,
  StoredReadingListItem,
} from './user/reading-lists.ts';
import type { TrustedKey } from '#shared/pack-types.ts';
import { addTrustedKey, listTrustedKeys, removeTrustedKey } from './user/trusted-keys.ts';

export interface UserStore {
  /** A document's bookmarks, or every bookmark (most recently changed first) for null. */
  listBookmarks(documentId: string | null): Bookmark[];
  /** One bookmark per document page: saving again updates its note. */
  saveBookmark(input: BookmarkInput): Bookmark;
  /** False when there was no such bookmark. */
  deleteBookmark(id: number): boolean;

  /** Every reading list, or only those shared with the room, by name. */
  listReadingLists(which: 'all' | 'shared'): ReadingListSummary[];
  readReadingList(id: number): StoredReadingList | null;
  createReadingList(name: string, note: string): number;
  /** False when there is no such list. */
  updateReadingList(id: number, fields: ReadingListFields): boolean;
  /** False when there is no such list. */
  deleteReadingList(id: number): boolean;
  /** The item for this document and page (null: the whole document), if the list has it. */
  findReadingListItem(listId: number, documentId: string, page: number | null): number | null;
  /** Adds an item at the end of the list; gives its id. */
  addReadingListItem(listId: number, item: Omit<StoredReadingListItem, 'id'>): number;
  /** False when the list has no such item. */
  setReadingListItemNote(listId: number, itemId: number, note: string): boolean;
  /** False when the list has no such item. */
  removeReadingListItem(listId: number, itemId: number): boolean;
  /** Numbers the list's items in this order, which must name each of them once. */
  reorderReadingList(listId: number, itemIds: readonly number[]): void;
  listTrustedKeys(): TrustedKey[];
  /** Trusting a key again changes its label. */
  addTrustedKey(key: { fingerprint: string; label: string }): TrustedKey;
  /** False when the key was not trusted. */
  removeTrustedKey(fingerprint: string): boolean;

  /** A document's passage highlights in reading order, or every one (most recent first). */
  listHighlights(documentId: string | null): Highlight[];
  saveHighlight(input: HighlightInput): Highlight;
  /** Null when there is no such highlight. */
  updateHighlight(change: HighlightChange): Highlight | null;
  /** False when there was no such highlight. */
  deleteHighlight(id: number): boolean;
}

export function userStore(db: Database.Database, now: () => Date = () => new Date()): UserStore {
  return {
    listBookmarks: (documentId) => listBookmarks(db, documentId),
    saveBookmark: (input) => saveBookmark(db, input),
    deleteBookmark: (id) => deleteBookmark(db, id),
    listReadingLists: (which) => listReadingLists(db, which),
    readReadingList: (id) => readReadingList(db, id),
    createReadingList: (name, note) => createReadingList(db, name, note, now()),
    updateReadingList: (id, fields) => updateReadingList(db, id, fields, now()),
    deleteReadingList: (id) => deleteReadingList(db, id),
    findReadingListItem: (listId, documentId, page) =>
      findReadingListItem(db, listId, documentId, page),
    addReadingListItem: (listId, item) => addReadingListItem(db, listId, item, now()),
    setReadingListItemNote: (listId, itemId, note) =>
      setReadingListItemNote(db, listId, itemId, note, now()),
    removeReadingListItem: (listId, itemId) => removeReadingListItem(db, listId, itemId, now()),
    reorderReadingList: (listId, itemIds) => reorderReadingList(db, listId, itemIds, now()),
    listTrustedKeys: () => listTrustedKeys(db),
    addTrustedKey: (key) => addTrustedKey(db, key),
    removeTrustedKey: (fingerprint) => removeTrustedKey(db, fingerprint),
    listHighlights: (documentId) => listHighlights(db, documentId),
    saveHighlight: (input) => saveHighlight(db, input, now()),
    updateHighlight: (change) => updateHighlight(db, change, now()),
    deleteHighlight: (id) => deleteHighlight(db, id),
  };
}
