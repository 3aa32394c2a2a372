// Indexes again a few documents of the library, by the same path as an indexing run that finds
// their text outdated (the background OCR run, once it has recognised some of their pages): each
// file is read again, its stored OCR words take the place of its scanned pages
// (apply-stored-ocr.ts), and its description and added date stay. The rest of the folder is not
// scanned, hashed or planned, so a document is searchable by its recognised words within seconds
// of its last page. A file that changed or went away since is left to the next indexing run.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { IngestReport } from '#shared/types.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { readStoredDocuments } from '../store/library/indexer-records.ts';
import { readInPartDocuments } from '../store/library/read-in-part.ts';
import { standingEdit } from './choose-metadata.ts';
import type { Extractor } from './extract-pool.ts';
import { createInlineExtractor } from './extract-pool.ts';
import { openExtractionWindow } from './extract-files.ts';
import { hashFiles } from './hash-files.ts';
import { describeCatalog } from './index-folder.ts';
import { newReport } from './ingest-report.ts';
import { loadCatalog } from './load-catalog.ts';
import { readLimits } from './read-limits.ts';
import { progressCounter } from './run-context.ts';
import type { RunContext } from './run-context.ts';
import type { ScannedFile } from './scan-folder.ts';
import { writeExtraction } from './write-document.ts';

export interface ReindexOptions {
  extractor?: Extractor;
  signal?: AbortSignal;
  now?: () => Date;
}

export async function reindexDocuments(
  db: Database.Database,
  folder: string,
  documentIds: readonly string[],
  options: ReindexOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const report = newReport();
  const wanted = new Set(documentIds);
  const stored = readStoredDocuments(db).filter((d) => wanted.has(d.id) && d.path !== null);
  const files = stored.flatMap((doc) => fileOf(folder, doc));
  const contents = hashFiles(files, options.signal);
  const catalog = describeCatalog(loadCatalog(folder).documents);
  const readInPart = readInPartDocuments(db);
  const run: RunContext = {
    db,
    report,
    progress: progressCounter(files.length),
    addedAt: () => (options.now?.() ?? new Date()).toISOString(),
  };
  const extractor = options.extractor ?? createInlineExtractor();
  try {
    for (const doc of stored) {
      if (options.signal?.aborted) break;
      const file = files.find((f) => f.path === doc.path);
      const content = file && contents.get(file.path);
      // Changed bytes are a new document, which only a run over the whole folder may decide on.
      if (!file || !content || !('id' in content) || content.id !== doc.id) continue;
      const extraction = openExtractionWindow(extractor, 1, (job) => writeExtraction(run, job), {
        limits: readLimits(readInPart.get(doc.id)),
        signal: options.signal,
      });
      await extraction.add({
        file,
        id: doc.id,
        previous: doc,
        reread: doc,
        edit: standingEdit(doc),
        catalog: catalog?.get(file.path) ?? null,
      });
      await extraction.drain();
    }
  } finally {
    if (!options.extractor) await extractor.close();
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

function fileOf(folder: string, doc: StoredDocument): ScannedFile[] {
  const absolutePath = join(folder, ...doc.path!.split('/'));
  const stat = statSync(absolutePath, { throwIfNoEntry: false });
  return stat?.isFile() ? [{ path: doc.path!, absolutePath, size: stat.size }] : [];
}
