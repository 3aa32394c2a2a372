import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { LibraryStats } from '#shared/types.ts';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function libraryStats(db: Database.Database): LibraryStats {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const grouped = (sql: string) =>
    Object.fromEntries((db.prepare(sql).raw().all() as [string, number][]).map(([k, n]) => [k, n]));
  return {
    documents: count('SELECT count(*) FROM documents'),
    pages: count('SELECT count(*) FROM pages'),
    countries: count('SELECT count(*) FROM countries'),
    organisations: count('SELECT count(*) FROM organisations'),
    themes: count('SELECT count(*) FROM themes'),
    byType: grouped('SELECT type, count(*) FROM documents GROUP BY type ORDER BY count(*) DESC'),
    byLanguage: grouped(
      'SELECT language, count(*) FROM documents GROUP BY language ORDER BY count(*) DESC',
    ),
    databaseBytes: db.name === ':memory:' ? 0 : fileSize(db.name) + fileSize(`${db.name}-wal`),
    textBytes: count('SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM pages'),
  };
}
