import type { Migration } from '../migrate.ts';

/**
 * Records with each document the text version it was read with (text/text-version.ts). Documents
 * already in the library get 0, so the next indexing run reads their files again with the current
 * extraction.
 */
export const migration0002TextVersion: Migration = {
  version: 2,
  name: '0002-text-version',
  up(db) {
    db.exec('ALTER TABLE documents ADD COLUMN text_version INTEGER NOT NULL DEFAULT 0');
  },
};
