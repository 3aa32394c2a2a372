// Everything the user wrote, read out of the user database as the file of notes and lists carries
// it, and such a file's content added to the database. What is already here stays as it is: a
// bookmark on the same page, the same passage highlighted, a key already trusted. The same reading
// list (its name and the moment it was made) gets the items it lacks, at its end; another list of
// the same name stays another list. Ids travel too, so that a file imported into an empty database
// gives back the same rows; a row whose id is taken here gets a new one.
import type Database from 'better-sqlite3';
import type { HighlightColour } from '#shared/highlights.ts';
import type { UserDataCounts, UserDataImportReport } from '#shared/user-data.ts';
import { USER_DATA_FORMAT, USER_DATA_VERSION } from '#shared/user-data-file.ts';
import type { UserDataFile } from '#shared/user-data-file.ts';
import { statement } from '../statement-cache.ts';

export function readUserData(db: Database.Database, now = new Date()): UserDataFile {
  const rows = <T>(sql: string) => db.prepare(sql).all() as T[];
  const items = db.prepare(
    `SELECT id, document_id AS documentId, page, note, position FROM collection_items
       WHERE collection_id = ? ORDER BY position, id`,
  );
  return db.transaction(() => ({
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: rows<UserDataFile['bookmarks'][number]>(
      `SELECT id, document_id AS documentId, page, note, created_at AS createdAt,
         updated_at AS updatedAt FROM bookmarks ORDER BY id`,
    ),
    highlights: rows<UserDataFile['highlights'][number] & { colour: HighlightColour }>(
      `SELECT id, document_id AS documentId, page, exact, prefix, suffix, start, colour, note,
         created_at AS createdAt, updated_at AS updatedAt FROM highlights ORDER BY id`,
    ),
    readingLists: rows<{
      id: number;
      name: string;
      note: string;
      shared: number;
      createdAt: string;
      updatedAt: string;
    }>(
      `SELECT id, name, note, shared, created_at AS createdAt, updated_at AS updatedAt
         FROM collections ORDER BY id`,
    ).map((list) => ({
      ...list,
      shared: list.shared === 1,
      items: items.all(list.id) as UserDataFile['readingLists'][number]['items'],
    })),
    trustedKeys: rows<UserDataFile['trustedKeys'][number]>(
      'SELECT fingerprint, label, added_at AS addedAt FROM trusted_keys ORDER BY rowid',
    ),
  }))();
}

const noCounts = (): UserDataCounts => ({
  bookmarks: 0,
  highlights: 0,
  readingLists: 0,
  readingListItems: 0,
  trustedKeys: 0,
});

/** Adds what the file holds and the database lacks, in one transaction: all of it or nothing. */
export function importUserData(db: Database.Database, data: UserDataFile): UserDataImportReport {
  const added = noCounts();
  const alreadyHere = noCounts();
  const tally = (what: keyof UserDataCounts, isNew: boolean) => {
    (isNew ? added : alreadyHere)[what] += 1;
  };
  // The id the file gave when it is free here; SQLite picks the next one otherwise.
  const freeId = (table: string, id: number) =>
    statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined ? id : null;
  const found = (sql: string, ...args: unknown[]) =>
    statement(db, sql)
      .pluck()
      .get(...args) as number | undefined;

  db.transaction(() => {
    for (const b of data.bookmarks) {
      const here = found(
        'SELECT id FROM bookmarks WHERE document_id = ? AND page IS ?',
        b.documentId,
        b.page,
      );
      tally('bookmarks', here === undefined);
      if (here !== undefined) continue;
      statement(
        db,
        `INSERT INTO bookmarks (id, document_id, page, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(freeId('bookmarks', b.id), b.documentId, b.page, b.note, b.createdAt, b.updatedAt);
    }
    for (const h of data.highlights) {
      const here = found(
        'SELECT id FROM highlights WHERE document_id = ? AND page = ? AND start = ? AND exact = ?',
        h.documentId,
        h.page,
        h.start,
        h.exact,
      );
      tally('highlights', here === undefined);
      if (here !== undefined) continue;
      statement(
        db,
        `INSERT INTO highlights (id, document_id, page, exact, prefix, suffix, start, colour, note,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        freeId('highlights', h.id),
        h.documentId,
        h.page,
        h.exact,
        h.prefix,
        h.suffix,
        h.start,
        h.colour,
        h.note,
        h.createdAt,
        h.updatedAt,
      );
    }
    // Lists of the same name made in the same moment are told apart one to one, in id order: each
    // list here answers for at most one list of the file.
    const claimedLists = new Set<number>();
    for (const list of data.readingLists) {
      const sameNameAndTime = statement(
        db,
        'SELECT id FROM collections WHERE name = ? AND created_at = ? ORDER BY id',
      )
        .pluck()
        .all(list.name, list.createdAt) as number[];
      const here = sameNameAndTime.find((id) => !claimedLists.has(id));
      tally('readingLists', here === undefined);
      const listId =
        here ??
        Number(
          statement(
            db,
            `INSERT INTO collections (id, name, note, shared, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?)`,
          ).run(
            freeId('collections', list.id),
            list.name,
            list.note,
            Number(list.shared),
            list.createdAt,
            list.updatedAt,
          ).lastInsertRowid,
        );
      claimedLists.add(listId);
      // A new list keeps the file's positions; an existing one gets the new items at its end.
      let next =
        here === undefined
          ? null
          : (found(
              'SELECT coalesce(max(position) + 1, 0) FROM collection_items WHERE collection_id = ?',
              listId,
            ) ?? 0);
      for (const item of list.items) {
        const itemHere = found(
          'SELECT id FROM collection_items WHERE collection_id = ? AND document_id = ? AND page IS ?',
          listId,
          item.documentId,
          item.page,
        );
        tally('readingListItems', itemHere === undefined);
        if (itemHere !== undefined) continue;
        statement(
          db,
          `INSERT INTO collection_items (id, collection_id, document_id, page, note, position)
             VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          freeId('collection_items', item.id),
          listId,
          item.documentId,
          item.page,
          item.note,
          next ?? item.position,
        );
        if (next !== null) next += 1;
      }
    }
    for (const key of data.trustedKeys) {
      const here = statement(db, 'SELECT 1 FROM trusted_keys WHERE fingerprint = ?').get(
        key.fingerprint,
      );
      tally('trustedKeys', here === undefined);
      if (here !== undefined) continue;
      statement(db, 'INSERT INTO trusted_keys (fingerprint, label, added_at) VALUES (?, ?, ?)').run(
        key.fingerprint,
        key.label,
        key.addedAt,
      );
    }
  }).immediate();
  return { added, alreadyHere };
}
