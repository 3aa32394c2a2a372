// Messages between the main process and the ingest worker.
import type { Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';

export type WorkerToMain<T = unknown> =
  { type: 'progress'; progress: IngestProgress } | { type: 'finished'; result: Result<T> };

export type MainToWorker = { type: 'cancel' };

/**
 * What an ingest does inside the worker: the engine's folder indexing, an import of files or of
 * a library pack. Its answer is the engine's report of that task.
 */
export type IngestTask = (options: {
  onProgress: (progress: IngestProgress) => void;
  signal: AbortSignal;
}) => Promise<Result<unknown>>;
