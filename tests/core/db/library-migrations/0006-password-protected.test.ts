import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import {
  isPasswordProtected,
  setPasswordProtected,
} from '#core/store/library/password-protected.ts';

describe('library migration 0006', () => {
  it('keeps which documents need a password by document id, none at first', () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations) m.up(db);
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    expect(isPasswordProtected(db, a)).toBe(false);
    setPasswordProtected(db, a, true);
    setPasswordProtected(db, a, true);
    expect([isPasswordProtected(db, a), isPasswordProtected(db, b)]).toEqual([true, false]);
    setPasswordProtected(db, a, false);
    expect(isPasswordProtected(db, a)).toBe(false);
  });
});
