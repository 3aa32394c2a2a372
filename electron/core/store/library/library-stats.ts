import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { LibraryStats } from '#shared/types.ts';
import { MAX_PAGES_PER_DOCUMENT, PAGE_ROWID_SHIFT } from '../../library/document-record.ts';
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
 * The pages and text bytes of the documents outside the view, which the totals leave out: read
 * by each such document's range of page rowids, so the whole library costs nothing more.
 */
function pagesOutsideView(db: Database.Database, view: LibraryView) {
  const first = `d.rowid * ${2 ** PAGE_ROWID_SHIFT}`;
  return db
    .prepare<[], { pages: number; bytes: number }>(
      `SELECT count(*) pages, coalesce(sum(length(CAST(p.text AS BLOB))), 0) bytes
       FROM documents d JOIN pages p ON p.rowid BETWEEN ${first} + 1 AND ${first} + ${MAX_PAGES_PER_DOCUMENT}
       WHERE NOT (${inView(view, 'd.id')})`,
    )
    .get()!;
}

export function libraryStats(db: Database.Database, view: LibraryView = 'whole'): LibraryStats {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const grouped = (sql: string) =>
    Object.fromEntries((db.prepare(sql).raw().all() as [string, number][]).map(([k, n]) => [k, n]));
  const documents = `FROM documents WHERE ${inView(view)}`;
  const outside = pagesOutsideView(db, view);
  return {
    documents: count(`SELECT count(*) ${documents}`),
    pages: count('SELECT count(*) FROM pages') - outside.pages,
    countries: count('SELECT count(*) FROM countries'),
    organisations: count('SELECT count(*) FROM organisations'),
    themes: count('SELECT count(*) FROM themes'),
    byType: grouped(`SELECT type, count(*) ${documents} GROUP BY type ORDER BY count(*) DESC`),
    byLanguage: grouped(
      `SELECT language, count(*) ${documents} GROUP BY language ORDER BY count(*) DESC`,
    ),
    databaseBytes: db.name === ':memory:' ? 0 : fileSize(db.name) + fileSize(`${db.name}-wal`),
    textBytes:
      count('SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM pages') - outside.bytes,
  };
}
