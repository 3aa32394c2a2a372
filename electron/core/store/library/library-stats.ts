import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { LibraryStats } from '#shared/types.ts';
import { inView } from './do-not-share.ts';
import type { LibraryView } from './do-not-share.ts';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The pages and text bytes of the documents in the view, from the totals the page triggers keep
 * (migration 0009): the whole library's, less those of the few documents outside the view.
 */
function pageTotals(db: Database.Database, view: LibraryView) {
  const whole = db
    .prepare<[], { pages: number; bytes: number }>(
      'SELECT coalesce(sum(pages), 0) pages, coalesce(sum(text_bytes), 0) bytes FROM page_totals',
    )
    .get()!;
  if (view === 'whole') return whole;
  const outside = db
    .prepare<[], { pages: number; bytes: number }>(
      `SELECT coalesce(sum(t.pages), 0) pages, coalesce(sum(t.text_bytes), 0) bytes
       FROM documents d JOIN page_totals t ON t.document_rowid = d.rowid
       WHERE NOT (${inView(view, 'd.id')})`,
    )
    .get()!;
  return { pages: whole.pages - outside.pages, bytes: whole.bytes - outside.bytes };
}

export function libraryStats(db: Database.Database, view: LibraryView = 'whole'): LibraryStats {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const grouped = (sql: string) =>
    Object.fromEntries((db.prepare(sql).raw().all() as [string, number][]).map(([k, n]) => [k, n]));
  const documents = `FROM documents WHERE ${inView(view)}`;
  const totals = pageTotals(db, view);
  return {
    documents: count(`SELECT count(*) ${documents}`),
    pages: totals.pages,
    countries: count('SELECT count(*) FROM countries'),
    organisations: count('SELECT count(*) FROM organisations'),
    themes: count('SELECT count(*) FROM themes'),
    byType: grouped(`SELECT type, count(*) ${documents} GROUP BY type ORDER BY count(*) DESC`),
    byLanguage: grouped(
      `SELECT language, count(*) ${documents} GROUP BY language ORDER BY count(*) DESC`,
    ),
    databaseBytes: db.name === ':memory:' ? 0 : fileSize(db.name) + fileSize(`${db.name}-wal`),
    textBytes: totals.bytes,
  };
}
