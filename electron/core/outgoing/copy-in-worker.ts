// A static copy is written in a worker thread with its own connection to the library: building
// the copy's search index is seconds of work in one piece for a large library, which would
// otherwise stop the desktop app's main process from answering its window meanwhile.
import { Worker } from 'node:worker_threads';
import type { Result, StaticCopyRequest } from '#shared/api.ts';
import type { ExportSiteReport } from '../static-copy/export-site.ts';
import type { CopyPageAssets, StaticCopyOptions } from './outgoing-methods.ts';

export interface CopyWorkerData {
  libraryDbPath: string;
  userDbPath: string;
  libraryFolder: string | undefined;
  copyPageAssets: CopyPageAssets | undefined;
  request: StaticCopyRequest;
  options: StaticCopyOptions;
}

/** Writes the copy in a worker thread: its answer, or why the worker stopped. */
export function exportCopyInWorker(data: CopyWorkerData): Promise<Result<ExportSiteReport>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./copy-worker.ts', import.meta.url), { workerData: data });
    let answered = false;
    const answer = (result: Result<ExportSiteReport>) => {
      if (answered) return;
      answered = true;
      resolve(result);
    };
    worker.once('message', answer);
    worker.once('error', (error) =>
      answer({ ok: false, error: { code: 'failed', message: error.message } }),
    );
    worker.once('exit', (code) =>
      answer({
        ok: false,
        error: {
          code: 'failed',
          message: `The static copy stopped unfinished (exit code ${code}).`,
        },
      }),
    );
  });
}
