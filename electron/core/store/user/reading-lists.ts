// Reading lists in the user database (the collections tables): lists with a note and a
// "shared with the room" flag, and their items in order, each a document or one page of it.
import type Database from 'better-sqlite3';
import type { ReadingListSummary } from '#shared/reading-lists.ts';
import { statement } from '../statement-cache.ts';

/** An item as stored: the library's description of its document is added by the engine. */
export interface StoredReadingListItem {
  id: number;
  documentId: string;
  page: number | null;
  note: string;
}

export interface StoredReadingList extends ReadingListSummary {
  items: StoredReadingListItem[];
}

export interface ReadingListFields {
  name?: string;
  note?: string;
  shared?: boolean;
}

interface ListRow {
  id: number;
  name: string;
  note: string;
  shared: number;
  item_count: number;
  created_at: string;
  updated_at: string;
}

const toSummary = (r: ListRow): ReadingListSummary => ({
  id: r.id,
  name: r.name,
  note: r.note,
  shared: r.shared === 1,
  itemCount: r.item_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const LIST_COLUMNS = `c.id, c.name, c.note, c.shared, c.created_at, c.updated_at,
  (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS item_count`;

/** Every list, or only those shared with the room, by name. */
export function listReadingLists(
  db: Database.Database,
  which: 'all' | 'shared',
): ReadingListSummary[] {
  const rows = statement(
    db,
    `SELECT ${LIST_COLUMNS} FROM collections c WHERE c.shared = 1 OR ? = 'all'
       ORDER BY c.name COLLATE NOCASE, c.id`,
  ).all(which) as ListRow[];
  return rows.map(toSummary);
}

export function readReadingList(db: Database.Database, id: number): StoredReadingList | null {
  const row = statement(db, `SELECT ${LIST_COLUMNS} FROM collections c WHERE c.id = ?`).get(id) as
    ListRow | undefined;
  if (!row) return null;
  const items = statement(
    db,
    `SELECT id, document_id AS documentId, page, note FROM collection_items
       WHERE collection_id = ? ORDER BY position, id`,
  ).all(id) as StoredReadingListItem[];
  return { ...toSummary(row), items };
}

export function createReadingList(
  db: Database.Database,
  name: string,
  note: string,
  now: Date,
): number {
  const at = now.toISOString();
  return Number(
    statement(
      db,
      'INSERT INTO collections (name, note, created_at, updated_at) VALUES (?, ?, ?, ?)',
    ).run(name, note, at, at).lastInsertRowid,
  );
}

/** False when there is no such list. */
export function updateReadingList(
  db: Database.Database,
  id: number,
  fields: ReadingListFields,
  now: Date,
): boolean {
  const shared = fields.shared === undefined ? null : Number(fields.shared);
  return (
    statement(
      db,
      `UPDATE collections SET name = coalesce(?, name), note = coalesce(?, note),
         shared = coalesce(?, shared), updated_at = ? WHERE id = ?`,
    ).run(fields.name ?? null, fields.note ?? null, shared, now.toISOString(), id).changes > 0
  );
}

/** False when there is no such list. Its items go with it. */
export function deleteReadingList(db: Database.Database, id: number): boolean {
  return db.transaction(() => {
    statement(db, 'DELETE FROM collection_items WHERE collection_id = ?').run(id);
    return statement(db, 'DELETE FROM collections WHERE id = ?').run(id).changes > 0;
  })();
}

const touch = (db: Database.Database, listId: number, now: Date) =>
  statement(db, 'UPDATE collections SET updated_at = ? WHERE id = ?').run(
    now.toISOString(),
    listId,
  );

/** The item for this document and page (null: the whole document), if the list has it. */
export function findReadingListItem(
  db: Database.Database,
  listId: number,
  documentId: string,
  page: number | null,
): number | null {
  const id = statement(
    db,
    'SELECT id FROM collection_items WHERE collection_id = ? AND document_id = ? AND page IS ?',
  )
    .pluck()
    .get(listId, documentId, page) as number | undefined;
  return id ?? null;
}

/** Adds an item at the end of the list. */
export function addReadingListItem(
  db: Database.Database,
  listId: number,
  item: Omit<StoredReadingListItem, 'id'>,
  now: Date,
): number {
  return db.transaction(() => {
    const id = statement(
      db,
      `INSERT INTO collection_items (collection_id, document_id, page, note, position)
         VALUES (?, ?, ?, ?,
           (SELECT coalesce(max(position) + 1, 0) FROM collection_items WHERE collection_id = ?))`,
    ).run(listId, item.documentId, item.page, item.note, listId).lastInsertRowid;
    touch(db, listId, now);
    return Number(id);
  })();
}

/** Runs a change to one item, marking its list changed when the item was there. */
function changeItem(
  db: Database.Database,
  listId: number,
  now: Date,
  change: () => Database.RunResult,
): boolean {
  return db.transaction(() => {
    const changed = change().changes > 0;
    if (changed) touch(db, listId, now);
    return changed;
  })();
}

/** False when the list has no such item. */
export function setReadingListItemNote(
  db: Database.Database,
  listId: number,
  itemId: number,
  note: string,
  now: Date,
): boolean {
  return changeItem(db, listId, now, () =>
    statement(db, 'UPDATE collection_items SET note = ? WHERE id = ? AND collection_id = ?').run(
      note,
      itemId,
      listId,
    ),
  );
}

/** False when the list has no such item. */
export function removeReadingListItem(
  db: Database.Database,
  listId: number,
  itemId: number,
  now: Date,
): boolean {
  return changeItem(db, listId, now, () =>
    statement(db, 'DELETE FROM collection_items WHERE id = ? AND collection_id = ?').run(
      itemId,
      listId,
    ),
  );
}

/** Numbers the list's items in the order given; the caller has checked it names each once. */
export function reorderReadingList(
  db: Database.Database,
  listId: number,
  itemIds: readonly number[],
  now: Date,
): void {
  db.transaction(() => {
    const place = statement(
      db,
      'UPDATE collection_items SET position = ? WHERE id = ? AND collection_id = ?',
    );
    itemIds.forEach((itemId, position) => place.run(position, itemId, listId));
    touch(db, listId, now);
  })();
}
