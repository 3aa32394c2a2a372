// Reads documents back into the shared types, in batches so a page of results costs few queries.
import type Database from 'better-sqlite3';
import type {
  DocumentDetail,
  DocumentFormat,
  DocumentOrganisation,
  DocumentSummary,
  DocumentType,
  OrganisationRole,
  OutlineEntry,
  PageText,
} from '#shared/types.ts';
import type { DocumentMetadata } from '../../library/document-record.ts';
import { pageRowid, pageRowidRange } from '../../library/document-record.ts';
import { statement } from '../statement-cache.ts';
import { inView } from './do-not-share.ts';
import type { LibraryView } from './do-not-share.ts';
import { readLanguageDecision } from './language-decisions.ts';
import { countOcrPages, ocrConfidences } from './ocr-pages.ts';
import { readPagesBetween } from './page-text.ts';

interface DocumentRow {
  rowid: number;
  id: string;
  path: string | null;
  title: string;
  type: string;
  format: string;
  language: string;
  year: number | null;
  date: string | null;
  summary: string;
  keywords: string;
  outline: string;
  page_count: number;
  size_bytes: number;
  uncatalogued: number;
  added_at: string;
}

const SUMMARY_COLUMNS =
  'rowid, id, path, title, type, format, language, year, date, summary, keywords, outline, page_count, size_bytes, uncatalogued, added_at';

function linksFor(db: Database.Database, rowids: number[]) {
  const countries = new Map<number, string[]>();
  const orgs = new Map<number, DocumentOrganisation[]>();
  const themes = new Map<number, string[]>();
  if (rowids.length === 0) return { countries, orgs, themes };
  const list = JSON.stringify(rowids);
  for (const r of statement(
    db,
    `SELECT document_rowid d, country_code c FROM document_countries WHERE document_rowid IN (SELECT value FROM json_each(?)) ORDER BY c`,
  ).all(list) as { d: number; c: string }[]) {
    countries.set(r.d, [...(countries.get(r.d) ?? []), r.c]);
  }
  for (const r of statement(
    db,

    `SELECT o.document_rowid d, o.organisation_id id, o.role role, COALESCE(g.name, o.organisation_id) name
       FROM document_organisations o LEFT JOIN organisations g ON g.id = o.organisation_id
       WHERE o.document_rowid IN (SELECT value FROM json_each(?))
       ORDER BY CASE o.role WHEN 'publisher' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, name`,
  ).all(list) as { d: number; id: string; role: OrganisationRole; name: string }[]) {
    orgs.set(r.d, [...(orgs.get(r.d) ?? []), { id: r.id, name: r.name, role: r.role }]);
  }
  for (const r of statement(
    db,
    `SELECT document_rowid d, theme_id t FROM document_themes WHERE document_rowid IN (SELECT value FROM json_each(?)) ORDER BY t`,
  ).all(list) as { d: number; t: string }[]) {
    themes.set(r.d, [...(themes.get(r.d) ?? []), r.t]);
  }
  return { countries, orgs, themes };
}

function toSummary(row: DocumentRow, links: ReturnType<typeof linksFor>): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type as DocumentType,
    format: row.format as DocumentFormat,
    language: row.language,
    year: row.year,
    date: row.date,
    summary: row.summary,
    countries: links.countries.get(row.rowid) ?? [],
    organisations: links.orgs.get(row.rowid) ?? [],
    themes: links.themes.get(row.rowid) ?? [],
    pageCount: row.page_count,
    addedAt: row.added_at,
  };
}

/** Summaries for the given document rowids, in the order given. */
export function readSummaries(
  db: Database.Database,
  rowids: number[],
  view: LibraryView = 'whole',
): DocumentSummary[] {
  if (rowids.length === 0) return [];
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE rowid IN (SELECT value FROM json_each(?)) AND ${inView(view)}`,
  ).all(JSON.stringify(rowids)) as DocumentRow[];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  const links = linksFor(db, rowids);
  return rowids.flatMap((id) => {
    const row = byRowid.get(id);
    return row ? [toSummary(row, links)] : [];
  });
}

/** Finds a document by its full id, or by an unambiguous prefix of at least 6 hex digits. */
export function findDocumentRowid(
  db: Database.Database,
  id: string,
  view: LibraryView = 'whole',
): number | null {
  const exact = db
    .prepare<[string], number>(`SELECT rowid FROM documents WHERE id = ? AND ${inView(view)}`)
    .pluck()
    .get(id);
  if (exact !== undefined) return exact;
  if (!/^[0-9a-f]{6,63}$/.test(id)) return null;
  const matches = db
    .prepare<[string, string], number>(
      `SELECT rowid FROM documents WHERE id >= ? AND id < ? AND ${inView(view)} LIMIT 2`,
    )
    .pluck()
    .all(id, `${id}g`);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

export function readDetail(
  db: Database.Database,
  rowid: number,
  view: LibraryView = 'whole',
): DocumentDetail | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, id IN (SELECT document_id FROM do_not_share) do_not_share,
         id IN (SELECT document_id FROM password_protected) password_protected
       FROM documents WHERE rowid = ? AND ${inView(view)}`,
    )
    .get(rowid) as (DocumentRow & { do_not_share: number; password_protected: number }) | undefined;
  if (!row) return null;
  const related = db
    .prepare<[number, number], string>(
      `SELECT d.id FROM document_links l JOIN documents d ON d.path = l.target_path
       WHERE l.document_rowid = ? AND ${inView(view, 'd.id')}
       UNION
       SELECT d.id FROM document_links l JOIN documents d ON d.rowid = l.document_rowid
       WHERE l.target_path = (SELECT path FROM documents WHERE rowid = ?) AND ${inView(view, 'd.id')}`,
    )
    .pluck()
    .all(rowid, rowid);
  return {
    ...toSummary(row, linksFor(db, [rowid])),
    keywords: JSON.parse(row.keywords) as string[],
    path: row.path,
    sizeBytes: row.size_bytes,
    outline: JSON.parse(row.outline) as OutlineEntry[],
    related,
    uncatalogued: row.uncatalogued === 1,
    doNotShare: row.do_not_share === 1,
    passwordProtected: row.password_protected === 1,
    pageLabels: readPageLabels(db, rowid),
    ocrPages: countOcrPages(db, row.id),
    ...(readLanguageDecision(db, row.id)?.decidedBy === 'detected'
      ? { languageDetected: true }
      : {}),
  };
}

/** Each page's printed label, or null when none of the document's pages has one. */
function readPageLabels(db: Database.Database, rowid: number): (string | null)[] | null {
  const labels = db
    .prepare<[number, number], string | null>(
      'SELECT label FROM pages WHERE rowid BETWEEN ? AND ? ORDER BY rowid',
    )
    .pluck()
    .all(...pageRowidRange(rowid));
  return labels.some((label) => label !== null) ? labels : null;
}

/** The descriptive metadata of a stored document, as the writer takes it. */
export function readMetadata(db: Database.Database, rowid: number): DocumentMetadata {
  const detail = readDetail(db, rowid);
  if (!detail) throw new Error(`No document with rowid ${rowid}`);
  const links = db
    .prepare<[number], string>('SELECT target_path FROM document_links WHERE document_rowid = ?')
    .pluck()
    .all(rowid);
  return {
    title: detail.title,
    type: detail.type,
    language: detail.language,
    year: detail.year,
    date: detail.date,
    summary: detail.summary,
    keywords: detail.keywords,
    countries: detail.countries,
    organisations: detail.organisations.map(({ id, role }) => ({ id, role })),
    themes: detail.themes,
    links,
  };
}

/** The library-relative path of a document's file, or null for a catalog entry or an unknown id. */
export function readDocumentPath(
  db: Database.Database,
  id: string,
  view: LibraryView = 'whole',
): string | null {
  return (
    db
      .prepare<[string], string | null>(
        `SELECT path FROM documents WHERE id = ? AND ${inView(view)}`,
      )
      .pluck()
      .get(id) ?? null
  );
}

export function readPageLabel(db: Database.Database, rowid: number, page: number): string | null {
  return (
    statement<[number], string | null>(db, 'SELECT label FROM pages WHERE rowid = ?')
      .pluck()
      .get(pageRowid(rowid, page)) ?? null
  );
}

/** Pages `from` to `from + count - 1` of a document, or those of them it has. */
export interface PageWindow {
  from: number;
  count: number;
}

/**
 * A document's pages in order, all of them or a window; those whose text OCR recognised say so,
 * with its confidence.
 */
export function readPages(db: Database.Database, rowid: number, window?: PageWindow): PageText[] {
  const [first, last] = pageRowidRange(rowid);
  const range: [number, number] = window
    ? [
        pageRowid(rowid, window.from),
        Math.min(last, pageRowid(rowid, window.from + window.count - 1)),
      ]
    : [first, last];
  const pages: PageText[] = readPagesBetween(db, ...range).map((p) => ({
    page: p.rowid - pageRowid(rowid, 0),
    text: p.text,
    label: p.label,
  }));
  const id = statement<[number], string>(db, 'SELECT id FROM documents WHERE rowid = ?')
    .pluck()
    .get(rowid);
  const confidences = id === undefined ? new Map<number, number>() : ocrConfidences(db, id);
  if (confidences.size === 0) return pages;
  return pages.map((p) => {
    const confidence = confidences.get(p.page);
    return confidence === undefined ? p : { ...p, ocr: { confidence } };
  });
}

/** A document's id from its rowid. */
export function documentIdOf(db: Database.Database, rowid: number): string | null {
  return (
    statement<[number], string>(db, 'SELECT id FROM documents WHERE rowid = ?')
      .pluck()
      .get(rowid) ?? null
  );
}
