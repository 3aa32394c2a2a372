// Brings the library database in line with a library folder: new files indexed, changed files
// replaced, removed files dropped, unchanged files left alone (unless an older version of the
// engine read them: those are read again, keeping their description). Each document is written in
// its own transaction, and a file that cannot be read is reported and skipped without stopping the
// run.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { IngestProgress, IngestReport, IngestReportEntry } from '../../shared/types.ts';
import type { DocumentMetadata, DocumentRecord } from '../library/document-record.ts';
import {
  deleteDocument,
  insertDocument,
  reindexAllMetadata,
  updateDocumentMetadata,
} from '../library/document-writer.ts';
import { readMetadata } from '../library/document-reader.ts';
import { replaceTaxonomy } from '../library/taxonomy-store.ts';
import type { CatalogDocument, CatalogEntry, Taxonomy } from './catalog-schema.ts';
import { metadataFromCatalog, metadataFromEntry, metadataFromFile } from './document-metadata.ts';
import { indexPage } from './extract-document.ts';
import type { ExtractedDocument } from './extract-document.ts';
import type { Extractor } from './extract-pool.ts';
import { createInlineExtractor, createWorkerExtractor } from './extract-pool.ts';
import { formatFromExtension } from './file-format.ts';
import { IngestError } from './ingest-error.ts';
import { detectLanguage } from './detect-language.ts';
import { loadCatalog } from './load-catalog.ts';
import { paginateText } from './paginate-text.ts';
import { scanFolder } from './scan-folder.ts';
import { TEXT_VERSION } from '../text/text-version.ts';
import type { ScannedFile } from './scan-folder.ts';

export interface IndexFolderOptions {
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /** Extraction workers; 0 extracts in this thread. Defaults to one per core (at most 4). */
  workers?: number;
  extractor?: Extractor;
  now?: () => Date;
}

interface StoredDocument {
  rowid: number;
  id: string;
  path: string | null;
  entry_key: string | null;
  metadata_hash: string;
  metadata_source: string;
  added_at: string;
  text_version: number;
}

const REREAD_MESSAGE = 'Read again with this version of the text extraction.';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function fingerprint(value: unknown): string {
  return sha256(JSON.stringify(value));
}

function newReport(): IngestReport {
  return {
    entries: [],
    indexed: 0,
    replaced: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped: 0,
    pages: 0,
    elapsedMs: 0,
    cancelled: false,
  };
}

function record(report: IngestReport, entry: IngestReportEntry): void {
  report.entries.push(entry);
  report[entry.outcome]++;
  if (entry.outcome === 'indexed' || entry.outcome === 'replaced') report.pages += entry.pages ?? 0;
}

function unknownReferences(db: Database.Database, meta: DocumentMetadata): string[] {
  const missing: string[] = [];
  const has = (sql: string, value: string) => db.prepare(sql).get(value) !== undefined;
  for (const c of meta.countries)
    if (!has('SELECT 1 FROM countries WHERE code = ?', c)) missing.push(`country ${c}`);
  for (const o of meta.organisations)
    if (!has('SELECT 1 FROM organisations WHERE id = ?', o.id))
      missing.push(`organisation ${o.id}`);
  for (const t of meta.themes)
    if (!has('SELECT 1 FROM themes WHERE id = ?', t)) missing.push(`theme ${t}`);
  return missing;
}

function withWarnings(base: string | undefined, warnings: string[]): string | undefined {
  const all = [base, ...warnings].filter(Boolean);
  return all.length ? all.join(' ') : undefined;
}

function applyTaxonomy(db: Database.Database, taxonomy: Taxonomy | null): void {
  if (!taxonomy) return;
  const hash = fingerprint(taxonomy);
  const stored = db
    .prepare<[], string>("SELECT value FROM library_info WHERE key = 'taxonomy_hash'")
    .pluck()
    .get();
  if (stored === hash) return;
  db.transaction(() => {
    replaceTaxonomy(db, taxonomy);
    reindexAllMetadata(db, (rowid) => readMetadata(db, rowid));
    db.prepare("INSERT OR REPLACE INTO library_info (key, value) VALUES ('taxonomy_hash', ?)").run(
      hash,
    );
  })();
}

export async function indexFolder(
  db: Database.Database,
  folder: string,
  options: IndexFolderOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    throw new IngestError(`The folder ${folder} does not exist.`);
  }
  if (!stat.isDirectory())
    throw new IngestError(
      `${folder} is a file, not a folder. Give the folder that holds the documents.`,
    );

  const report = newReport();
  const catalog = loadCatalog(folder);
  for (const problem of catalog.problems)
    record(report, { path: problem.file, outcome: 'skipped', message: problem.message });
  applyTaxonomy(db, catalog.taxonomy);

  const files = scanFolder(folder);
  const present = new Set(files.map((f) => f.path));
  if (catalog.documents) {
    for (const path of catalog.documents.keys()) {
      if (!present.has(path)) {
        record(report, {
          path,
          outcome: 'skipped',
          message: 'The catalog describes this file, but it is not in the library folder.',
        });
      }
    }
  }

  const stored = db
    .prepare(
      `SELECT rowid, id, path, entry_key, metadata_hash, metadata_source, added_at, text_version
       FROM documents`,
    )
    .all() as StoredDocument[];
  const byPath = new Map(stored.filter((d) => d.path).map((d) => [d.path!, d]));
  const byId = new Map(stored.map((d) => [d.id, d]));

  const indexable = files.filter((f) => {
    if (formatFromExtension(f.path) !== null) return true;
    record(report, {
      path: f.path,
      outcome: 'skipped',
      message:
        'This kind of file is not supported (PDF, Word .docx, Markdown, HTML and plain text are).',
    });
    return false;
  });
  const entries = catalog.entries ?? [];
  const total = indexable.length + entries.length;
  let done = 0;
  const progress = (current: string) => options.onProgress?.({ done, total, current });

  const extractor =
    options.extractor ??
    (options.workers === 0 ? createInlineExtractor() : createWorkerExtractor(options.workers));
  const ownsExtractor = !options.extractor;
  const addedAt = () => now().toISOString();

  const writeFile = (file: ScannedFile, id: string, extracted: ExtractedDocument) => {
    const previous = byPath.get(file.path);
    // The same bytes read again by a newer engine: what a person wrote about them stays.
    const reread = previous?.id === id ? previous : undefined;
    const entry = catalog.documents?.get(file.path);
    const keepsEdit = reread?.metadata_source === 'user';
    const metadata = keepsEdit
      ? readMetadata(db, reread.rowid)
      : entry
        ? metadataFromCatalog(entry, extracted)
        : metadataFromFile(file.path, extracted);
    const doc: DocumentRecord = {
      id,
      path: file.path,
      entryKey: null,
      format: extracted.format,
      sizeBytes: file.size,
      outline: extracted.outline,
      pages: extracted.pages,
      uncatalogued: !entry && !keepsEdit,
      metadata,
      metadataSource: keepsEdit ? 'user' : entry ? 'catalog' : 'file',
      metadataHash: keepsEdit ? reread.metadata_hash : entry ? fingerprint(entry) : '',
    };
    db.transaction(() => {
      if (previous) deleteDocument(db, previous.rowid);
      insertDocument(db, doc, reread?.added_at ?? addedAt());
    })();
    const missing = unknownReferences(db, metadata);
    const warnings = [...extracted.warnings];
    if (missing.length)
      warnings.push(`The catalog names what the taxonomy does not define: ${missing.join(', ')}.`);
    record(report, {
      path: file.path,
      outcome: reread ? 'updated' : previous ? 'replaced' : 'indexed',
      documentId: id,
      pages: doc.pages.length,
      message: withWarnings(reread ? REREAD_MESSAGE : undefined, warnings),
    });
  };

  const refreshCatalogMetadata = (
    file: ScannedFile,
    existing: StoredDocument,
    entry: CatalogDocument | undefined,
  ) => {
    const hash = entry ? fingerprint(entry) : '';
    // A person's edit outlives a catalog that has not changed since; a changed catalog entry wins.
    if (!entry || existing.metadata_hash === hash || catalog.documents === null) return false;
    const current = readMetadata(db, existing.rowid);
    const metadata: DocumentMetadata = {
      ...metadataFromCatalog(entry, {
        format: 'pdf',
        pages: [],
        outline: [],
        metadata: {
          title: null,
          language: current.language,
          year: current.year,
          keywords: [],
          summary: null,
        },
        language: current.language,
        warnings: [],
      }),
    };
    db.transaction(() =>
      updateDocumentMetadata(db, existing.rowid, metadata, {
        metadataSource: 'catalog',
        metadataHash: hash,
        uncatalogued: false,
      }),
    )();
    record(report, {
      path: file.path,
      outcome: 'updated',
      documentId: existing.id,
      message: 'The catalog description changed.',
    });
    return true;
  };

  try {
    // Reading and hashing happen here; extraction runs ahead in the workers, a few files at a time.
    const window = Math.max(2, (options.workers ?? 2) * 2);
    const inFlight: { file: ScannedFile; id: string; result: Promise<ExtractedDocument> }[] = [];
    const claimed = new Set<string>();

    const settle = async (job: (typeof inFlight)[number]) => {
      progress(job.file.path);
      try {
        writeFile(job.file, job.id, await job.result);
      } catch (error) {
        const message =
          error instanceof IngestError
            ? error.message
            : `Unexpected error while indexing: ${(error as Error).message}`;
        const previous = byPath.get(job.file.path);
        record(report, {
          path: job.file.path,
          outcome: 'skipped',
          message: previous ? `${message} The previously indexed version is kept.` : message,
        });
      }
      done++;
    };

    for (const file of indexable) {
      if (options.signal?.aborted) break;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file.absolutePath);
      } catch (error) {
        record(report, {
          path: file.path,
          outcome: 'skipped',
          message: `The file could not be read: ${(error as Error).message}`,
        });
        done++;
        continue;
      }
      const id = sha256(bytes);
      const existing = byPath.get(file.path);
      if (existing && existing.id === id && existing.text_version >= TEXT_VERSION) {
        if (!refreshCatalogMetadata(file, existing, catalog.documents?.get(file.path))) {
          record(report, { path: file.path, outcome: 'unchanged', documentId: id });
        }
        claimed.add(id);
        done++;
        progress(file.path);
        continue;
      }
      const twin = byId.get(id);
      if (
        claimed.has(id) ||
        (twin && twin.path !== file.path && twin.path !== null && present.has(twin.path))
      ) {
        record(report, {
          path: file.path,
          outcome: 'skipped',
          documentId: id,
          message: `Same content as ${twin?.path ?? 'another file in this folder'}; indexed once.`,
        });
        done++;
        continue;
      }
      if (twin && twin.path !== file.path) {
        // The same bytes under a new name: a moved or renamed file. Index it afresh under its new path.
        db.transaction(() => deleteDocument(db, twin.rowid))();
        byId.delete(id);
      }
      claimed.add(id);
      inFlight.push({ file, id, result: extractor.extract(file.path, bytes) });
      inFlight.at(-1)!.result.catch(() => {});
      if (inFlight.length >= window) await settle(inFlight.shift()!);
    }
    while (inFlight.length > 0) await settle(inFlight.shift()!);

    if (options.signal?.aborted) {
      report.cancelled = true;
    } else {
      indexEntries(db, entries, catalog.entries !== null, report, addedAt, () => {
        done++;
        progress('news and events');
      });
      for (const doc of stored) {
        if (doc.path !== null && !present.has(doc.path)) {
          db.transaction(() => deleteDocument(db, doc.rowid))();
          record(report, { path: doc.path, outcome: 'removed', documentId: doc.id });
        }
      }
    }
  } finally {
    if (ownsExtractor) await extractor.close();
  }
  optimiseIndexes(db, report);
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

/**
 * Merges the FTS segments after a run that changed much of the library: queries then read one
 * b-tree per index instead of many. Small changes to a large library are left to FTS5's automerge.
 */
function optimiseIndexes(db: Database.Database, report: IngestReport): void {
  const changed = report.indexed + report.replaced + report.updated + report.removed;
  if (changed === 0) return;
  const documents = db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
  if (documents > 1000 && changed < documents / 20) return;
  for (const table of ['pages_fts', 'doc_text_fts', 'doc_words_fts', 'docs_fts'])
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
}

/** News and events from the catalog: stored as documents without a file, keyed by their catalog id. */
function indexEntries(
  db: Database.Database,
  entries: CatalogEntry[],
  catalogLoaded: boolean,
  report: IngestReport,
  addedAt: () => string,
  tick: () => void,
): void {
  const stored = db
    .prepare(
      `SELECT rowid, id, entry_key, metadata_source, added_at, text_version FROM documents
       WHERE entry_key IS NOT NULL`,
    )
    .all() as {
    rowid: number;
    id: string;
    entry_key: string;
    metadata_source: string;
    added_at: string;
    text_version: number;
  }[];
  const byKey = new Map(stored.map((s) => [s.entry_key, s]));
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `entry:${entry.id}`;
    const label = `catalog entry ${entry.id}`;
    if (seen.has(key)) {
      record(report, {
        path: label,
        outcome: 'skipped',
        message: 'Another entry has the same id; the first is used.',
      });
      continue;
    }
    seen.add(key);
    const id = fingerprint(entry);
    const existing = byKey.get(key);
    const reread = existing?.id === id;
    if (reread && existing.text_version >= TEXT_VERSION) {
      record(report, { path: label, outcome: 'unchanged', documentId: id });
      tick();
      continue;
    }
    const text = [entry.summary, entry.body].filter(Boolean).join('\n\n');
    const pages = (paginateText(text).length ? paginateText(text) : [entry.title]).map(indexPage);
    // As for files: the same entry read again keeps what a person wrote about it.
    const keepsEdit = reread && existing.metadata_source === 'user';
    const metadata = keepsEdit
      ? readMetadata(db, existing.rowid)
      : metadataFromEntry(entry, detectLanguage(`${entry.title}\n${text}`));
    const doc: DocumentRecord = {
      id,
      path: null,
      entryKey: key,
      format: 'catalog',
      sizeBytes: Buffer.byteLength(text),
      outline: [],
      pages,
      uncatalogued: false,
      metadata,
      metadataSource: keepsEdit ? 'user' : 'catalog',
      metadataHash: id,
    };
    db.transaction(() => {
      if (existing) deleteDocument(db, existing.rowid);
      insertDocument(db, doc, reread ? existing.added_at : addedAt());
    })();
    const missing = unknownReferences(db, metadata);
    record(report, {
      path: label,
      outcome: reread ? 'updated' : existing ? 'replaced' : 'indexed',
      documentId: id,
      pages: pages.length,
      message: withWarnings(
        reread ? REREAD_MESSAGE : undefined,
        missing.length
          ? [`The entry names what the taxonomy does not define: ${missing.join(', ')}.`]
          : [],
      ),
    });
    tick();
  }
  if (!catalogLoaded) return;
  for (const s of stored) {
    if (!seen.has(s.entry_key)) {
      db.transaction(() => deleteDocument(db, s.rowid))();
      record(report, {
        path: `catalog entry ${s.entry_key.slice('entry:'.length)}`,
        outcome: 'removed',
        documentId: s.id,
      });
    }
  }
}
