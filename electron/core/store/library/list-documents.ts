import type Database from 'better-sqlite3';
import type { DocumentListRequest } from '#shared/api.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { readSummaries } from './document-reader.ts';
import { inView } from './do-not-share.ts';
import type { LibraryView } from './do-not-share.ts';

/** Documents for the browse pages: by country, organisation, theme or type; newest or by title. */
export function listDocuments(
  db: Database.Database,
  request: DocumentListRequest,
  view: LibraryView = 'whole',
): DocumentSummary[] {
  const where = [inView(view)];
  const params: (string | number)[] = [];
  if (request.country) {
    where.push('rowid IN (SELECT document_rowid FROM document_countries WHERE country_code = ?)');
    params.push(request.country);
  }
  if (request.organisation) {
    where.push(
      'rowid IN (SELECT document_rowid FROM document_organisations WHERE organisation_id = ?)',
    );
    params.push(request.organisation);
  }
  if (request.theme) {
    where.push('rowid IN (SELECT document_rowid FROM document_themes WHERE theme_id = ?)');
    params.push(request.theme);
  }
  if (request.type) {
    where.push('type = ?');
    params.push(request.type);
  }
  const order = request.recent
    ? 'added_at DESC, coalesce(date, year) DESC, rowid DESC'
    : 'title COLLATE NOCASE';
  // In title order the index is read until the limit is reached; left to itself, SQLite would
  // sort every document of the country, organisation or theme first.
  const table = request.recent ? 'documents' : 'documents INDEXED BY documents_attributes';
  const limit = Math.min(Math.max(1, request.limit ?? 500), 2000);
  const rowids = db
    .prepare(`SELECT rowid FROM ${table} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`)
    .pluck()
    .all(...params, limit) as number[];
  return readSummaries(db, rowids, view);
}
