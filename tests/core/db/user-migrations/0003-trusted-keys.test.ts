import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userMigrations } from '#core/db/user-migrations/index.ts';
import { userMigration0003TrustedKeys } from '#core/db/user-migrations/0003-trusted-keys.ts';
import { addTrustedKey, listTrustedKeys, removeTrustedKey } from '#core/store/user/trusted-keys.ts';

const FINGERPRINT = '1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D';

describe('user migration 0003', () => {
  it('is the third user migration', () => {
    expect(userMigrations[2]).toBe(userMigration0003TrustedKeys);
    expect(userMigration0003TrustedKeys.version).toBe(3);
  });

  it('keeps trusted publisher keys with their labels; trusting again relabels', () => {
    const db = new Database(':memory:');
    for (const m of userMigrations) m.up(db);
    const at = new Date('2025-03-01T00:00:00Z');
    addTrustedKey(db, { fingerprint: FINGERPRINT, label: 'Trainer' }, at);
    addTrustedKey(db, { fingerprint: FINGERPRINT, label: 'ASEAN-ACT training team' });
    expect(listTrustedKeys(db)).toEqual([
      { fingerprint: FINGERPRINT, label: 'ASEAN-ACT training team', addedAt: at.toISOString() },
    ]);
    expect(removeTrustedKey(db, FINGERPRINT)).toBe(true);
    expect(removeTrustedKey(db, FINGERPRINT)).toBe(false);
    expect(listTrustedKeys(db)).toEqual([]);
  });
});
