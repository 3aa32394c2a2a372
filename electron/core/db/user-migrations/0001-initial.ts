import type { Migration } from '../migrate.ts';

/**
 * What users write: bookmarks with notes, reading positions, collections and settings. Documents
 * are referred to by their SHA-256 id, so these survive any rebuild of the library database.
 */
export const userMigration0001Initial: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        page INTEGER,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX bookmarks_document ON bookmarks(document_id);
      CREATE TABLE reading_positions (
        document_id TEXT PRIMARY KEY,
        page INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE collection_items (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (collection_id, document_id)
      ) WITHOUT ROWID;
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
