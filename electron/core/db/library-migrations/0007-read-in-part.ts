import type { Migration } from '../migrate.ts';

/**
 * The documents read only in part because they reached the page or time limit of the run that
 * read them, with those limits, by document id: a later run with higher limits (a person who knows
 * the document is long) reads them again instead of calling them unchanged.
 */
export const migration0007ReadInPart: Migration = {
  version: 7,
  name: '0007-read-in-part',
  up(db) {
    db.exec(`
      CREATE TABLE read_in_part (
        document_id TEXT PRIMARY KEY,
        pages_per_file INTEGER NOT NULL,
        seconds_per_file INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
