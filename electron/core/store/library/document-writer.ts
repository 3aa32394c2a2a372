// The one write path for documents: every insert, replacement, metadata edit and removal goes
// through here, so the FTS indexes can never drift from the tables they describe.
import type Database from 'better-sqlite3';
import { exactIndexText } from '#shared/text/exact.ts';
import { seaClusterPairs } from '#shared/text/cluster-pairs.ts';
import { normalise } from '#shared/text/normalise.ts';
import { TEXT_VERSION } from '../../text/text-version.ts';
import { splitWords } from '#shared/text/words.ts';
import type {
  DocumentMetadata,
  DocumentRecord,
  IndexedPage,
} from '../../library/document-record.ts';
import {
  MAX_PAGES_PER_DOCUMENT,
  pageRowid,
  pageRowidRange,
} from '../../library/document-record.ts';
import { insertPage } from './page-text.ts';

function organisationNames(db: Database.Database, ids: string[]): string {
  const get = db.prepare<[string], { name: string; names: string }>(
    'SELECT name, names FROM organisations WHERE id = ?',
  );
  return ids
    .map((id) => {
      const row = get.get(id);
      if (!row) return id.replaceAll('-', ' ');
      const translated = Object.values(JSON.parse(row.names) as Record<string, string>);
      return [row.name, ...translated].join('\n');
    })
    .join('\n');
}

function writeMetadataIndex(db: Database.Database, rowid: number, meta: DocumentMetadata): void {
  const orgs = organisationNames(
    db,
    meta.organisations.map((o) => o.id),
  );
  const keywords = meta.keywords.join('\n');
  const fields = [meta.title, meta.summary, keywords, orgs];
  const normalised = fields.map(normalise);
  const all = fields.join('\n');
  db.prepare(
    'INSERT INTO docs_fts (rowid, title, summary, keywords, organisations, sea, exact) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    rowid,
    ...normalised,
    seaClusterPairs([meta.title, meta.summary, keywords].join('\n')),
    exactIndexText(all, normalised.join('\n')),
  );
}

function writeLinks(db: Database.Database, rowid: number, meta: DocumentMetadata): void {
  const country = db.prepare('INSERT OR IGNORE INTO document_countries VALUES (?, ?)');
  for (const code of meta.countries) country.run(rowid, code);
  const org = db.prepare('INSERT OR IGNORE INTO document_organisations VALUES (?, ?, ?)');
  for (const o of meta.organisations) org.run(rowid, o.id, o.role);
  const theme = db.prepare('INSERT OR IGNORE INTO document_themes VALUES (?, ?)');
  for (const t of meta.themes) theme.run(rowid, t);
  const link = db.prepare('INSERT OR IGNORE INTO document_links VALUES (?, ?)');
  for (const target of meta.links) link.run(rowid, target);
}

function clearLinks(db: Database.Database, rowid: number): void {
  for (const table of [
    'document_countries',
    'document_organisations',
    'document_themes',
    'document_links',
  ]) {
    db.prepare(`DELETE FROM ${table} WHERE document_rowid = ?`).run(rowid);
  }
}

/**
 * The document's exact column: '' when no page has a marked word, else every page's, so that a
 * phrase's words stay in a row across the pages.
 */
function documentExactText(pages: IndexedPage[]): string {
  if (pages.every((p) => p.exact === '')) return '';
  return pages.map((p) => p.exact || exactIndexText(p.text, p.body, true)).join('\n');
}

/** Inserts a document with its pages and index rows. Call inside a transaction. */
export function insertDocument(
  db: Database.Database,
  record: DocumentRecord,
  addedAt: string,
): number {
  if (record.pages.length > MAX_PAGES_PER_DOCUMENT) {
    throw new Error(`A document may have at most ${MAX_PAGES_PER_DOCUMENT} pages.`);
  }
  const m = record.metadata;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (id, path, entry_key, title, type, format, language, year, date, summary,
         keywords, outline, page_count, size_bytes, uncatalogued, metadata_source, metadata_hash, added_at,
         text_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.id,
      record.path,
      record.entryKey,
      m.title,
      m.type,
      record.format,
      m.language,
      m.year,
      m.date,
      m.summary,
      JSON.stringify(m.keywords),
      JSON.stringify(record.outline),
      record.pages.length,
      record.sizeBytes,
      record.uncatalogued ? 1 : 0,
      record.metadataSource,
      record.metadataHash,
      addedAt,
      TEXT_VERSION,
    );
  const rowid = Number(lastInsertRowid);
  const pageFts = db.prepare(
    'INSERT INTO pages_fts (rowid, body, sea, document, exact) VALUES (?, ?, ?, ?, ?)',
  );
  record.pages.forEach((p, i) => {
    const id = pageRowid(rowid, i + 1);
    insertPage(db, id, p.text, p.label);
    pageFts.run(id, p.body, p.sea, String(rowid), p.exact);
  });
  db.prepare('INSERT INTO doc_text_fts (rowid, body, sea, exact) VALUES (?, ?, ?, ?)').run(
    rowid,
    record.pages.map((p) => p.body).join('\n'),
    record.pages.map((p) => p.sea).join('\n'),
    documentExactText(record.pages),
  );
  db.prepare('INSERT INTO doc_words_fts (rowid, body) VALUES (?, ?)').run(
    rowid,
    record.pages.map((p) => [...new Set(splitWords(p.body))].join(' ')).join('\n'),
  );
  writeLinks(db, rowid, m);
  writeMetadataIndex(db, rowid, m);
  return rowid;
}

/** Removes a document, its pages, links and index rows. Call inside a transaction. */
export function deleteDocument(db: Database.Database, rowid: number): void {
  const [first, last] = pageRowidRange(rowid);
  const pageIds = db
    .prepare<[number, number], number>('SELECT rowid FROM pages WHERE rowid BETWEEN ? AND ?')
    .pluck()
    .all(first, last);
  const delPage = db.prepare('DELETE FROM pages_fts WHERE rowid = ?');
  for (const id of pageIds) delPage.run(id);
  db.prepare('DELETE FROM pages WHERE rowid BETWEEN ? AND ?').run(first, last);
  db.prepare('DELETE FROM doc_text_fts WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM doc_words_fts WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM docs_fts WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM documents WHERE rowid = ?').run(rowid);
}

/** Replaces a document's descriptive metadata and its metadata index row. Call inside a transaction. */
export function updateDocumentMetadata(
  db: Database.Database,
  rowid: number,
  meta: DocumentMetadata,
  source: { metadataSource: string; metadataHash: string; uncatalogued: boolean },
): void {
  db.prepare(
    `UPDATE documents SET title = ?, type = ?, language = ?, year = ?, date = ?, summary = ?, keywords = ?,
       metadata_source = ?, metadata_hash = ?, uncatalogued = ? WHERE rowid = ?`,
  ).run(
    meta.title,
    meta.type,
    meta.language,
    meta.year,
    meta.date,
    meta.summary,
    JSON.stringify(meta.keywords),
    source.metadataSource,
    source.metadataHash,
    source.uncatalogued ? 1 : 0,
    rowid,
  );
  clearLinks(db, rowid);
  writeLinks(db, rowid, meta);
  db.prepare('DELETE FROM docs_fts WHERE rowid = ?').run(rowid);
  writeMetadataIndex(db, rowid, meta);
}

/** Re-indexes every document's metadata row: used when organisation names change. */
export function reindexAllMetadata(
  db: Database.Database,
  read: (rowid: number) => DocumentMetadata,
): void {
  const rowids = db.prepare<[], number>('SELECT rowid FROM documents').pluck().all();
  for (const rowid of rowids) {
    db.prepare('DELETE FROM docs_fts WHERE rowid = ?').run(rowid);
    writeMetadataIndex(db, rowid, read(rowid));
  }
}
