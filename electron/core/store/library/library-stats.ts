import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { LibraryStats } from '#shared/types.ts';
import { statement } from '../statement-cache.ts';
import type { LibraryView } from './do-not-share.ts';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

interface HiddenDocument {
  type: string;
  language: string;
  pages: number;
  bytes: number;
}

/**
 * The documents outside the view, with their pages and text bytes from the totals the page
 * triggers keep (migration 0010). They are few (marked "do not share", or needing a password), so
 * the view's figures are the whole library's less theirs, read by id, never by a scan of every
 * document.
 */
function hiddenDocuments(db: Database.Database, view: LibraryView): HiddenDocument[] {
  if (view === 'whole') return [];
  return statement<[], HiddenDocument>(
    db,
    `SELECT d.type type, d.language language, coalesce(t.pages, 0) pages,
         coalesce(t.text_bytes, 0) bytes
       FROM documents d LEFT JOIN page_totals t ON t.document_rowid = d.rowid
       WHERE d.id IN (SELECT document_id FROM do_not_share UNION SELECT document_id FROM password_protected)`,
  ).all();
}

/** Counts by a column, less the hidden documents', largest first. */
function countsLess(
  counts: [string, number][],
  hidden: HiddenDocument[],
  key: 'type' | 'language',
): Record<string, number> {
  const left = new Map(counts);
  for (const document of hidden) left.set(document[key], (left.get(document[key]) ?? 0) - 1);
  return Object.fromEntries([...left].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]));
}

/** The document counts by type or by language that the document triggers keep (migration 0012). */
function documentCounts(db: Database.Database, facet: 'type' | 'language'): [string, number][] {
  return statement<[string], [string, number]>(
    db,
    'SELECT value, documents FROM document_counts WHERE facet = ? ORDER BY documents DESC, value',
  )
    .raw()
    .all(facet);
}

export function libraryStats(db: Database.Database, view: LibraryView = 'whole'): LibraryStats {
  const count = (sql: string) => statement<[], number>(db, sql).pluck().get() ?? 0;
  const hidden = hiddenDocuments(db, view);
  const totals = statement<[], { documents: number; pages: number; bytes: number }>(
    db,
    'SELECT documents, pages, text_bytes bytes FROM library_totals',
  ).get()!;
  const less = (field: 'pages' | 'bytes') => hidden.reduce((sum, d) => sum + d[field], 0);
  return {
    documents: totals.documents - hidden.length,
    pages: totals.pages - less('pages'),
    countries: count('SELECT count(*) FROM countries'),
    organisations: count('SELECT count(*) FROM organisations'),
    themes: count('SELECT count(*) FROM themes'),
    byType: countsLess(documentCounts(db, 'type'), hidden, 'type'),
    byLanguage: countsLess(documentCounts(db, 'language'), hidden, 'language'),
    databaseBytes: db.name === ':memory:' ? 0 : fileSize(db.name) + fileSize(`${db.name}-wal`),
    textBytes: totals.bytes - less('bytes'),
  };
}
