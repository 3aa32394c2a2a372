// One OCR run over a library: the engine started with the run's workers, the waiting pages read
// (ocr/ocr-queue.ts), and each document indexed again as its pages are done
// (ingest/reindex-documents.ts). Runs in the OCR process (ocr-run-process.ts) on a connection of
// its own; the app's connection sees each document's new text once it is committed.
import { setPriority } from 'node:os';
import type { OcrRunProgress, OcrRunReport } from '#shared/ocr-run-types.ts';
import { openLibraryDb } from '../db/open-database.ts';
import { reindexDocuments } from '../ingest/reindex-documents.ts';
import { recognisePendingPages } from '../ocr/ocr-queue.ts';
import { createOcrEngine } from '../ocr/recognise-page.ts';
import type { DrawPage } from './page-image-source.ts';
import { pageImageSource } from './page-image-source.ts';

export interface OcrRunRequest {
  libraryDbPath: string;
  libraryFolder: string;
  /** Folders of recognition data, the first holding a language winning (ocr-languages.ts). */
  dataFolders: string[];
  /** A folder the engine may write its gathered data to. */
  cacheFolder: string;
  /** Recognition workers: pages read at once, about 150 MB each. */
  workers: number;
  /** Keeps to these documents' pages ("Read this document now" with OCR turned off). */
  documentIds?: string[];
}

/**
 * The lowest scheduling priority there is: recognition takes whatever the processor has left
 * after the window and its searches, which then answer as fast during a run as without one.
 */
const BACKGROUND_PRIORITY = 19;

/** Lowers this process's priority; threads started after it (the engine's workers) inherit it. */
export function runInBackground(): void {
  try {
    setPriority(BACKGROUND_PRIORITY);
  } catch {
    // A system that refuses (a container without the right) runs it at normal priority.
  }
}

export async function runOcr(
  request: OcrRunRequest,
  options: { drawPage: DrawPage; signal?: AbortSignal; onProgress?: (p: OcrRunProgress) => void },
): Promise<OcrRunReport> {
  const started = performance.now();
  const db = openLibraryDb(request.libraryDbPath);
  try {
    const engine = await createOcrEngine({
      dataFolders: request.dataFolders,
      cacheFolder: request.cacheFolder,
      workers: request.workers,
    });
    try {
      const result = await recognisePendingPages({
        db,
        engine,
        concurrency: request.workers,
        documentIds: request.documentIds,
        pageImage: pageImageSource({
          db,
          libraryFolder: request.libraryFolder,
          drawPage: options.drawPage,
        }),
        // Not stopped by the signal: what was recognised is made searchable before the run ends.
        reindex: async (ids) => {
          await reindexDocuments(db, request.libraryFolder, ids);
        },
        signal: options.signal,
        onProgress: ({ done, total, failed, current }) =>
          options.onProgress?.({
            done,
            total,
            failed,
            current: current?.path ?? '',
            documentId: current?.documentId ?? null,
            page: current?.page ?? null,
          }),
      });
      return {
        recognised: result.recognised,
        failed: result.failed,
        reindexed: new Set(result.reindexed).size,
        stopped: result.stopped,
        elapsedMs: Math.round(performance.now() - started),
      };
    } finally {
      await engine.close();
    }
  } finally {
    db.close();
  }
}
