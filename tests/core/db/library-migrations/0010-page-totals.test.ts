import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0010PageTotals } from '#core/db/library-migrations/0010-page-totals.ts';
import { pageRowid } from '#core/library/document-record.ts';

const totals = (db: Database.Database) =>
  db.prepare('SELECT document_rowid, pages, text_bytes FROM page_totals ORDER BY 1').all();

describe('library migration 0010', () => {
  it('counts the pages and text bytes already stored, per document, and keeps them with every write', () => {
    expect(libraryMigrations[9]).toBe(migration0010PageTotals);
    expect(migration0010PageTotals.version).toBe(10);
    const db = new Database(':memory:');
    for (const m of libraryMigrations.slice(0, 8)) m.up(db);
    const insert = db.prepare('INSERT INTO pages (rowid, text) VALUES (?, ?)');
    insert.run(pageRowid(1, 1), 'Foreword');
    insert.run(pageRowid(1, 2), 'Lời nói đầu');
    insert.run(pageRowid(2, 1), '');
    migration0010PageTotals.up(db);
    expect(totals(db)).toEqual([
      { document_rowid: 1, pages: 2, text_bytes: 8 + Buffer.byteLength('Lời nói đầu') },
      { document_rowid: 2, pages: 1, text_bytes: 0 },
    ]);

    insert.run(pageRowid(3, 1), 'ສານ');
    db.prepare('UPDATE pages SET text = ? WHERE rowid = ?').run('Court', pageRowid(2, 1));
    db.prepare('DELETE FROM pages WHERE rowid = ?').run(pageRowid(1, 2));
    expect(totals(db)).toEqual([
      { document_rowid: 1, pages: 1, text_bytes: 8 },
      { document_rowid: 2, pages: 1, text_bytes: 5 },
      { document_rowid: 3, pages: 1, text_bytes: Buffer.byteLength('ສານ') },
    ]);
    db.prepare('DELETE FROM pages WHERE rowid BETWEEN ? AND ?').run(
      pageRowid(1, 1),
      pageRowid(2, 9),
    );
    expect(totals(db)).toEqual([{ document_rowid: 3, pages: 1, text_bytes: 9 }]);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'")
      .pluck()
      .all();
    expect(indexes).toEqual(expect.arrayContaining(['documents_language', 'documents_title']));
  });
});
