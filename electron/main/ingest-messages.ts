// Messages between the main process and the ingest worker.
import type { Result } from '#shared/api.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';

export type WorkerToMain =
  | { type: 'progress'; progress: IngestProgress }
  | { type: 'finished'; result: Result<IngestReport> };

export type MainToWorker = { type: 'cancel' };

/** What an ingest does inside the worker: the engine's folder indexing, or an import of files. */
export type IngestTask = (options: {
  onProgress: (progress: IngestProgress) => void;
  signal: AbortSignal;
}) => Promise<Result<IngestReport>>;
