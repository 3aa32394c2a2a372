import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0004PageLabels } from '#core/db/library-migrations/0004-page-labels.ts';
import { pageRowid } from '#core/library/document-record.ts';
import { readPages } from '#core/store/library/document-reader.ts';

describe('library migration 0004', () => {
  it('gives pages a printed label, none for the pages already stored', () => {
    expect(libraryMigrations[3]).toBe(migration0004PageLabels);
    expect(migration0004PageLabels.version).toBe(4);
    const db = new Database(':memory:');
    for (const m of libraryMigrations.slice(0, 3)) m.up(db);
    db.exec(`INSERT INTO pages (rowid, text) VALUES (${pageRowid(1, 1)}, 'Foreword')`);
    migration0004PageLabels.up(db);
    db.exec(`INSERT INTO pages (rowid, text, label) VALUES (${pageRowid(1, 2)}, 'Contents', 'ii')`);
    expect(readPages(db, 1)).toEqual([
      { page: 1, text: 'Foreword', label: null },
      { page: 2, text: 'Contents', label: 'ii' },
    ]);
  });
});
