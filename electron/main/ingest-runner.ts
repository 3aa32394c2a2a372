// The main process's half of an ingest: starts a worker thread, so reading and indexing files
// never blocks the window, relays its progress, and can cancel it.
import { Worker } from 'node:worker_threads';
import type { Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';
import type { MainToWorker, WorkerToMain } from './ingest-messages.ts';

export interface IngestJob<T> {
  /** Settles once, with the worker's result or a failure explaining why the worker stopped. */
  finished: Promise<Result<T>>;
  /** The latest progress the worker reported, or null before the first report. */
  progress(): IngestProgress | null;
  /** Asks the worker to stop; what was indexed so far stays indexed. */
  cancel(): void;
}

export interface IngestWorkerStart {
  workerUrl: URL;
  workerData: unknown;
  onProgress?: (progress: IngestProgress) => void;
}

export function startIngestWorker<T>({
  workerUrl,
  workerData,
  onProgress,
}: IngestWorkerStart): IngestJob<T> {
  const worker = new Worker(workerUrl, { workerData });
  let latest: IngestProgress | null = null;
  let settled = false;
  const finished = new Promise<Result<T>>((resolve) => {
    const settle = (result: Result<T>) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    worker.on('message', (message: WorkerToMain<T>) => {
      if (message.type === 'progress') {
        latest = message.progress;
        onProgress?.(message.progress);
      } else {
        settle(message.result);
      }
    });
    worker.on('error', (error) => {
      settle({
        ok: false,
        error: { code: 'failed', message: `Indexing stopped: ${error.message}` },
      });
    });
    worker.on('exit', (code) => {
      settle({
        ok: false,
        error: {
          code: 'failed',
          message: `Indexing stopped unexpectedly (worker exit code ${code}).`,
        },
      });
    });
  });
  return {
    finished,
    progress: () => latest,
    cancel: () => {
      if (!settled) worker.postMessage({ type: 'cancel' } satisfies MainToWorker);
    },
  };
}
