import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from '#core/db/library-migrations/0001-initial.ts';
import { migration0002TextVersion } from '#core/db/library-migrations/0002-text-version.ts';
import { migration0003DoNotShare } from '#core/db/library-migrations/0003-do-not-share.ts';
import { migration0004ExactForms } from '#core/db/library-migrations/0004-exact-forms.ts';

const columns = (db: Database.Database, table: string) =>
  db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();

describe('library migration 0004', () => {
  it('gives the text indexes an exact column and sends every document to be read again', () => {
    const db = new Database(':memory:');
    for (const m of [migration0001Initial, migration0002TextVersion, migration0003DoNotShare])
      m.up(db);
    db.prepare(
      `INSERT INTO documents (id, path, title, type, format, language, page_count, size_bytes, added_at, text_version)
       VALUES ('abc', 'guide.md', 'Tư pháp', 'handbook', 'markdown', 'vi', 1, 10, '2025-01-01', 1)`,
    ).run();
    db.prepare(
      "INSERT INTO pages_fts (rowid, body, sea, document) VALUES (1, 'tu phap', '', '1')",
    ).run();
    db.prepare("INSERT INTO docs_fts (rowid, title) VALUES (1, 'tu phap')").run();
    migration0004ExactForms.up(db);
    expect(columns(db, 'pages_fts')).toEqual(['body', 'sea', 'document', 'exact']);
    expect(columns(db, 'doc_text_fts')).toEqual(['body', 'sea', 'exact']);
    expect(columns(db, 'docs_fts')).toEqual([
      'title',
      'summary',
      'keywords',
      'organisations',
      'sea',
      'exact',
    ]);
    expect(db.prepare('SELECT text_version FROM documents').pluck().all()).toEqual([0]);
    expect(db.prepare("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'tu'").all()).toEqual([]);
    db.prepare(
      "INSERT INTO docs_fts (rowid, title, exact) VALUES (1, 'tu phap', 'tu\uE000tư phap\uE000pháp')",
    ).run();
    expect(db.prepare("SELECT doc FROM docs_vocab WHERE term = 'tu\uE000tư'").pluck().get()).toBe(
      1,
    );
  });
});
