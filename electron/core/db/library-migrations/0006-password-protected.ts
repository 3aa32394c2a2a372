import type { Migration } from '../migrate.ts';

/**
 * The documents whose PDF needs a password to open, by document id (the hash of the file's bytes,
 * so the same bytes are always the same answer). Indexing sets and clears the entry as it reads a
 * file; classroom visitors never see these documents.
 */
export const migration0006PasswordProtected: Migration = {
  version: 6,
  name: '0006-password-protected',
  up(db) {
    db.exec(`
      CREATE TABLE password_protected (
        document_id TEXT PRIMARY KEY
      ) WITHOUT ROWID;
    `);
  },
};
