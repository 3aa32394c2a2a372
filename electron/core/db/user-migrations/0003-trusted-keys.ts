import type { Migration } from '../migrate.ts';

/** The publisher keys this computer's user trusts to sign library packs, with their own labels. */
export const userMigration0003TrustedKeys: Migration = {
  version: 3,
  name: '0003-trusted-keys',
  up(db) {
    db.exec(`
      CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        added_at TEXT NOT NULL
      );
    `);
  },
};
