// What a user database holds, read the same way whatever the file: how many of each thing, and
// a fingerprint of every row, which tells two databases with the same content apart from two with
// different content however SQLite laid out their pages.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { UserDataCounts } from '#shared/user-data.ts';

export function userDataCounts(db: Database.Database): UserDataCounts {
  const count = (table: string) =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    bookmarks: count('bookmarks'),
    highlights: count('highlights'),
    readingLists: count('collections'),
    readingListItems: count('collection_items'),
    trustedKeys: count('trusted_keys'),
  };
}

export const isEmpty = (counts: UserDataCounts): boolean =>
  Object.values(counts).every((n) => n === 0);

/** The database's own tables, by name. */
export function userTables(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

/** Every row of a table, in the order of its rowid (every user table has one). */
export function tableRows(db: Database.Database, table: string): unknown[][] {
  return db
    .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}" ORDER BY rowid`)
    .raw()
    .all() as unknown[][];
}

/** SHA-256 of the schema version and every row of every table: equal exactly when they are. */
export function userContentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  hash.update(`version ${String(db.pragma('user_version', { simple: true }))}\n`);
  for (const table of userTables(db)) {
    hash.update(`table ${table}\n`);
    for (const row of tableRows(db, table)) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}
