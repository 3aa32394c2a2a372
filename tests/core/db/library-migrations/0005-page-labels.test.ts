import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0005PageLabels } from '#core/db/library-migrations/0005-page-labels.ts';
import { pageRowid } from '#core/library/document-record.ts';

describe('library migration 0005', () => {
  it('gives pages a printed label, none for the pages already stored', () => {
    expect(libraryMigrations[4]).toBe(migration0005PageLabels);
    expect(migration0005PageLabels.version).toBe(5);
    const db = new Database(':memory:');
    for (const m of libraryMigrations.slice(0, 4)) m.up(db);
    db.exec(`INSERT INTO pages (rowid, text) VALUES (${pageRowid(1, 1)}, 'Foreword')`);
    migration0005PageLabels.up(db);
    db.exec(`INSERT INTO pages (rowid, text, label) VALUES (${pageRowid(1, 2)}, 'Contents', 'ii')`);
    expect(db.prepare('SELECT text, label FROM pages ORDER BY rowid').all()).toEqual([
      { text: 'Foreword', label: null },
      { text: 'Contents', label: 'ii' },
    ]);
  });
});
