import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from '#core/db/library-migrations/0001-initial.ts';
import { migration0002TextVersion } from '#core/db/library-migrations/0002-text-version.ts';
import { migration0003DoNotShare } from '#core/db/library-migrations/0003-do-not-share.ts';
import { carryDoNotShare, isShareable, setDoNotShare } from '#core/store/library/do-not-share.ts';

describe('library migration 0003', () => {
  it('adds the "do not share" marks, kept by document id, with every document shareable', () => {
    const db = new Database(':memory:');
    for (const m of [migration0001Initial, migration0002TextVersion, migration0003DoNotShare])
      m.up(db);
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    expect(isShareable(db, a)).toBe(true);
    setDoNotShare(db, a, true);
    expect(isShareable(db, a)).toBe(false);
    carryDoNotShare(db, a, b);
    expect(isShareable(db, b)).toBe(false);
    setDoNotShare(db, a, false);
    expect([isShareable(db, a), isShareable(db, b)]).toEqual([true, false]);
  });
});
