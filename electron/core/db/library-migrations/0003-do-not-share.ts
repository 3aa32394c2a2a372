import type { Migration } from '../migrate.ts';

/**
 * The documents their library's owner marked "do not share" (court decisions that name victims),
 * by document id rather than as a column of documents, so the mark outlives the row being written
 * again when the same bytes are read anew or moved, and is never lost to a re-index.
 */
export const migration0003DoNotShare: Migration = {
  version: 3,
  name: '0003-do-not-share',
  up(db) {
    db.exec(`
      CREATE TABLE do_not_share (
        document_id TEXT PRIMARY KEY,
        marked_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
