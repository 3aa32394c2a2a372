import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { readInPartDocuments, setReadInPart } from '#core/store/library/read-in-part.ts';

describe('library migration 0007', () => {
  it('keeps the documents read in part with the limits that stopped them, none at first', () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations) m.up(db);
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    expect(readInPartDocuments(db).size).toBe(0);
    setReadInPart(db, a, { pagesPerFile: 5000, secondsPerFile: 120 });
    setReadInPart(db, b, { pagesPerFile: 10, secondsPerFile: 120 });
    setReadInPart(db, a, { pagesPerFile: 6000, secondsPerFile: 300 });
    expect(readInPartDocuments(db)).toEqual(
      new Map([
        [a, { pagesPerFile: 6000, secondsPerFile: 300 }],
        [b, { pagesPerFile: 10, secondsPerFile: 120 }],
      ]),
    );
    setReadInPart(db, b, null);
    expect([...readInPartDocuments(db).keys()]).toEqual([a]);
  });
});
