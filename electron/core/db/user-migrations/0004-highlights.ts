import type { Migration } from '../migrate.ts';

/**
 * Passage highlights: a quote on a document page (with the text around it, to find it again), its
 * colour and note. Like bookmarks, they refer to documents by id and outlive any rebuild of the
 * library database.
 */
export const userMigration0004Highlights: Migration = {
  version: 4,
  name: '0004-highlights',
  up(db) {
    db.exec(`
      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 1),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL DEFAULT 0,
        colour TEXT NOT NULL CHECK (colour IN ('yellow', 'green', 'blue', 'pink')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_document ON highlights(document_id, page);
    `);
  },
};
