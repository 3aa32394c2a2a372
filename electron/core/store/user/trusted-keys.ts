// The publisher keys this computer's user trusts to sign library packs.
import type Database from 'better-sqlite3';
import type { TrustedKey } from '#shared/pack-types.ts';
import { statement } from '../statement-cache.ts';

interface TrustedKeyRow {
  fingerprint: string;
  label: string;
  added_at: string;
}

const toTrustedKey = (r: TrustedKeyRow): TrustedKey => ({
  fingerprint: r.fingerprint,
  label: r.label,
  addedAt: r.added_at,
});

export function listTrustedKeys(db: Database.Database): TrustedKey[] {
  return statement<[], TrustedKeyRow>(db, 'SELECT * FROM trusted_keys ORDER BY label, fingerprint')
    .all()
    .map(toTrustedKey);
}

/** Trusts a key; trusting it again changes its label. */
export function addTrustedKey(
  db: Database.Database,
  key: { fingerprint: string; label: string },
  now = new Date(),
): TrustedKey {
  statement(
    db,
    `INSERT INTO trusted_keys (fingerprint, label, added_at) VALUES (?, ?, ?)
     ON CONFLICT (fingerprint) DO UPDATE SET label = excluded.label`,
  ).run(key.fingerprint, key.label, now.toISOString());
  return toTrustedKey(
    statement<[string], TrustedKeyRow>(db, 'SELECT * FROM trusted_keys WHERE fingerprint = ?').get(
      key.fingerprint,
    )!,
  );
}

/** False when the key was not trusted. */
export function removeTrustedKey(db: Database.Database, fingerprint: string): boolean {
  return (
    statement(db, 'DELETE FROM trusted_keys WHERE fingerprint = ?').run(fingerprint).changes > 0
  );
}
