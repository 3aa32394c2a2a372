// Brings the library database in line with a library folder: new files indexed, changed files
// replaced, removed files dropped, unchanged files left alone (unless an older version of the
// engine read them: those are read again, keeping their description). Each document is written in
// its own transaction, and a file that cannot be read is reported and skipped without stopping the
// run. What happens to each file is planned first (plan-run.ts), then carried out step by step.
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { readStoredDocuments } from '../store/library/indexer-records.ts';
import type { ReadWithin } from '../store/library/read-in-part.ts';
import { readInPartDocuments } from '../store/library/read-in-part.ts';
import { applyFileSteps } from './apply-file-steps.ts';
import { applyTaxonomy } from './apply-taxonomy.ts';
import type { CatalogDocument } from './catalog-schema.ts';
import type { Extractor } from './extract-pool.ts';
import { createInlineExtractor, createWorkerExtractor } from './extract-pool.ts';
import { openExtractionWindow, windowSize } from './extract-files.ts';
import { fingerprint } from './fingerprint.ts';
import { hashFiles } from './hash-files.ts';
import { indexEntries } from './index-entries.ts';
import { IngestError } from './ingest-error.ts';
import { newReport, record } from './ingest-report.ts';
import type { LoadedCatalog } from './load-catalog.ts';
import { loadCatalog } from './load-catalog.ts';
import { optimiseIndexes } from './optimise-indexes.ts';
import type { CatalogDescription, RunPlan } from './plan-run.ts';
import { planRun } from './plan-run.ts';
import type { AdjustableLimits } from './read-limits.ts';
import { readLimits } from './read-limits.ts';
import { forgetRemovedOcr, removeDocument } from './remove-documents.ts';
import { progressCounter } from './run-context.ts';
import type { RunContext } from './run-context.ts';
import { scanFolder } from './scan-folder.ts';
import { writeExtraction } from './write-document.ts';

export interface IndexFolderOptions {
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /** Extraction workers; 0 extracts in this thread. Defaults to one per core (at most 4). */
  workers?: number;
  extractor?: Extractor;
  now?: () => Date;
  /** Pages and seconds one file may take, raised for a known long document (read-limits.ts). */
  limits?: AdjustableLimits;
}

export async function indexFolder(
  db: Database.Database,
  folder: string,
  options: IndexFolderOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const limits = readLimits(options.limits);
  checkFolder(folder);
  const report = newReport();
  const catalog = loadCatalog(folder);
  applyTaxonomy(db, catalog.taxonomy);
  const stored = readStoredDocuments(db);
  const plan = planFolder(folder, catalog, stored, limits, readInPartDocuments(db), options.signal);
  for (const entry of plan.skipped) record(report, entry);

  const run: RunContext = {
    db,
    report,
    progress: progressCounter(
      plan.files.length + (catalog.entries?.length ?? 0),
      options.onProgress,
    ),
    addedAt: () => now().toISOString(),
  };
  const extractor = options.extractor ?? ownExtractor(options.workers);
  try {
    const extraction = openExtractionWindow(
      extractor,
      windowSize(options.workers),
      (job) => writeExtraction(run, job),
      { limits, signal: options.signal },
    );
    await applyFileSteps(run, plan.files, extraction, options.signal);
    if (options.signal?.aborted) {
      report.cancelled = true;
    } else {
      indexEntries(run, catalog.entries, stored);
      for (const doc of plan.removed) removeDocument(run, doc, doc.path!);
      forgetRemovedOcr(run, contentIds(plan));
    }
  } finally {
    if (!options.extractor) await extractor.close();
  }
  optimiseIndexes(db, report);
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

/** Scans and hashes the folder's files (the only reading before the plan) and plans the run. */
function planFolder(
  folder: string,
  catalog: LoadedCatalog,
  stored: StoredDocument[],
  limits: ReadWithin,
  readInPart: ReadonlyMap<string, ReadWithin>,
  signal: AbortSignal | undefined,
): RunPlan {
  const files = scanFolder(folder);
  return planRun({
    files,
    contents: hashFiles(files, signal),
    catalog: describeCatalog(catalog.documents),
    catalogProblems: catalog.problems,
    stored,
    readInPart,
    limits,
  });
}

/** The content hashes of the folder's readable files. */
function contentIds(plan: RunPlan): Set<string> {
  return new Set(
    plan.files.flatMap((step) => {
      if (step.kind === 'refresh') return [step.stored.id];
      return step.kind === 'unreadable' ? [] : [step.id];
    }),
  );
}

function ownExtractor(workers: number | undefined): Extractor {
  return workers === 0 ? createInlineExtractor() : createWorkerExtractor(workers);
}

function checkFolder(folder: string): void {
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
}

/** The catalog's descriptions with the fingerprints that tell a changed one. */
export function describeCatalog(
  documents: Map<string, CatalogDocument> | null,
): Map<string, CatalogDescription> | null {
  if (!documents) return null;
  return new Map(
    [...documents].map(([path, entry]) => [path, { entry, hash: fingerprint(entry) }]),
  );
}
