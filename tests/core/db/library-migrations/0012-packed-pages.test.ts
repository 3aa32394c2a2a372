import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0012PackedPages } from '#core/db/library-migrations/0012-packed-pages.ts';
import { pageRowid } from '#core/library/document-record.ts';
import { readPages } from '#core/store/library/document-reader.ts';
import { libraryStats } from '#core/store/library/library-stats.ts';
import { readPageText } from '#core/store/library/page-text.ts';
import { tempFolder } from '../../../helpers/temp-folder.ts';

/** Pages as an older library stored them: text as it is, with empty pages and labels. */
const OLD_PAGES: [number, number, string, string | null][] = [
  [1, 1, 'Guidelines for the identification of victims of trafficking. '.repeat(40), 'i'],
  [1, 2, '', null],
  [1, 3, 'Hướng dẫn nhận diện nạn nhân bị mua bán người', '1'],
  [2, 1, 'แนวทางการคุ้มครองผู้เสียหายจากการค้ามนุษย์', null],
  [2, 2, 'ការការពារជនរងគ្រោះពីការជួញដូរមនុស្ស', null],
  [3, 1, 'လူကုန်ကူးခံရသူများကို ကာကွယ်ခြင်း', null],
  [3, 2, 'ການປົກປ້ອງຜູ້ເຄາະຮ້າຍ\n\nຈາກການຄ້າມະນຸດ', null],
  [3, 3, '', 'iv'],
];

/** A library as migration 11 left it, with three documents of those pages. */
function olderLibrary(file = ':memory:'): Database.Database {
  const db = new Database(file);
  for (const m of libraryMigrations.slice(0, 11)) m.up(db);
  db.pragma('user_version = 11');
  const document = db.prepare(
    `INSERT INTO documents (rowid, id, path, title, type, format, language, page_count, size_bytes, added_at)
     VALUES (?, ?, ?, 'Title', ?, 'text', ?, 3, 0, 'now')`,
  );
  document.run(1, 'a'.repeat(64), 'a.txt', 'guideline', 'vi');
  document.run(2, 'b'.repeat(64), 'b.txt', 'report', 'th');
  document.run(3, 'c'.repeat(64), 'c.txt', 'report', 'my');
  const page = db.prepare('INSERT INTO pages (rowid, text, label) VALUES (?, ?, ?)');
  for (const [doc, n, text, label] of OLD_PAGES) page.run(pageRowid(doc, n), text, label);
  return db;
}

const bytesOf = (doc: number) =>
  OLD_PAGES.filter(([d]) => d === doc).reduce(
    (sum, [, , text]) => sum + Buffer.byteLength(text),
    0,
  );

describe('library migration 0012', () => {
  it('comes twelfth', () => {
    expect(libraryMigrations[11]).toBe(migration0012PackedPages);
    expect(migration0012PackedPages.version).toBe(12);
  });

  it('keeps every page of an older library exactly, in every script, empty pages and labels too', () => {
    const file = join(tempFolder(), 'library.sqlite');
    olderLibrary(file).close();
    const db = openLibraryDb(file);
    for (const [doc, n, text, label] of OLD_PAGES) {
      expect(readPageText(db, pageRowid(doc, n))).toBe(text);
      expect(readPages(db, doc, { from: n, count: 1 })).toEqual([{ page: n, text, label }]);
    }
    // The long English page is stored in a fraction of its size.
    const stored = db
      .prepare<[number], number>('SELECT length(packed_text) FROM pages WHERE rowid = ?')
      .pluck()
      .get(pageRowid(1, 1))!;
    expect(stored).toBeLessThan(Buffer.byteLength(OLD_PAGES[0]![2]) / 10);
    db.close();
  });

  it('carries the per-document totals over, and starts the library totals and document counts', () => {
    const db = olderLibrary();
    migration0012PackedPages.up(db);
    expect(db.prepare('SELECT * FROM page_totals ORDER BY 1').all()).toEqual([
      { document_rowid: 1, pages: 3, text_bytes: bytesOf(1) },
      { document_rowid: 2, pages: 2, text_bytes: bytesOf(2) },
      { document_rowid: 3, pages: 3, text_bytes: bytesOf(3) },
    ]);
    const stats = libraryStats(db);
    expect(stats).toMatchObject({
      documents: 3,
      pages: 8,
      textBytes: bytesOf(1) + bytesOf(2) + bytesOf(3),
      byType: { report: 2, guideline: 1 },
      byLanguage: { my: 1, th: 1, vi: 1 },
    });
  });

  it('keeps the library totals and document counts with every later write', () => {
    const db = olderLibrary();
    migration0012PackedPages.up(db);
    db.prepare('DELETE FROM pages WHERE rowid BETWEEN ? AND ?').run(
      pageRowid(2, 1),
      pageRowid(2, 9),
    );
    db.prepare('DELETE FROM documents WHERE rowid = 2').run();
    db.prepare("UPDATE documents SET type = 'toolkit', language = 'en' WHERE rowid = 3").run();
    db.prepare('UPDATE pages SET text_bytes = 5 WHERE rowid = ?').run(pageRowid(1, 3));
    expect(libraryStats(db)).toMatchObject({
      documents: 2,
      pages: 6,
      textBytes: bytesOf(1) - Buffer.byteLength(OLD_PAGES[2]![2]) + 5 + bytesOf(3),
      byType: { guideline: 1, toolkit: 1 },
      byLanguage: { en: 1, vi: 1 },
    });
    expect(
      db.prepare('SELECT pages, text_bytes FROM page_totals WHERE document_rowid = 1').get(),
    ).toEqual({ pages: 3, text_bytes: bytesOf(1) - Buffer.byteLength(OLD_PAGES[2]![2]) + 5 });
  });
});
