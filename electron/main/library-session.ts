// The library as the desktop app holds it: one engine connection in the main process for every
// call, while indexing and imports run in a worker thread with their own connection. After a
// worker finishes, the engine is reopened so it sees what the worker wrote.
import type { ChooseFilesRequest, PortalApi, Result } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import type { LibraryLocation } from '#core/library/library-location.ts';
import { startIngestWorker } from './ingest-runner.ts';
import type { IngestJob } from './ingest-runner.ts';
import type { IngestWorkerData } from './ingest-worker.ts';

/** The parts of the engine's Portal the session uses. */
export interface Engine {
  api: PortalApi;
  resolveDocumentFile(id: string): string | null;
  isShareable(id: string): boolean;
  hasOutdatedText(): boolean;
  close(): void;
}

export interface LibrarySessionOptions {
  location: LibraryLocation;
  openEngine: (location: LibraryLocation) => Engine;
  ingestWorkerUrl: URL;
  /** The system's file dialog, which only the main process can open. */
  chooseFiles: (request: ChooseFilesRequest) => Promise<Result<string[]>>;
  onProgress?: (progress: IngestProgress) => void;
  /** Told when a worker starts (true) and when it has finished and the engine is reopened (false). */
  onIngestRunning?: (running: boolean) => void;
}

export interface LibrarySession {
  /** The contract, with addFiles run in the worker and chooseFiles in the system's dialog. */
  api: PortalApi;
  resolveDocumentFile(id: string): string | null;
  /** Whether a document may leave this computer: not marked "do not share". */
  isShareable(id: string): boolean;
  indexLibrary(options?: { extractWorkers?: number }): Promise<Result<IngestReport>>;
  /** Whether an older version of the app read some of the library's files. */
  hasOutdatedText(): boolean;
  progress(): IngestProgress | null;
  cancelIngest(): void;
  close(): void;
}

export function openLibrarySession(options: LibrarySessionOptions): LibrarySession {
  const { location } = options;
  let engine = options.openEngine(location);
  let job: IngestJob | null = null;
  // A pack's import writes through the engine itself, which a worker's end closes and reopens:
  // the two never run at once.
  let importingPack = false;
  let closed = false;
  const busy = {
    ok: false,
    error: {
      code: 'failed',
      message: 'The library is being indexed; wait for it to finish or cancel it.',
    },
  } as const;

  const runInWorker = async (task: IngestWorkerData['task']): Promise<Result<IngestReport>> => {
    if (job || importingPack) return busy;
    const workerData: IngestWorkerData = { ...location, task };
    job = startIngestWorker({
      workerUrl: options.ingestWorkerUrl,
      workerData,
      onProgress: options.onProgress,
    });
    options.onIngestRunning?.(true);
    try {
      return await job.finished;
    } finally {
      job = null;
      if (!closed) {
        engine.close();
        engine = options.openEngine(location);
        options.onIngestRunning?.(false);
      }
    }
  };

  // Every method goes to the engine open now, except the five the desktop answers itself.
  const api: PortalApi = {
    ...implementEveryMethod<PortalApi>(
      (method) =>
        (...args: unknown[]) =>
          (engine.api[method] as (...args: unknown[]) => unknown).apply(engine.api, args),
    ),
    chooseFiles: (request) => options.chooseFiles(request),
    addFiles: (request) => runInWorker({ kind: 'add-files', paths: request.paths }),
    importPack: async (request) => {
      if (job || importingPack) return busy;
      importingPack = true;
      try {
        return await engine.api.importPack(request);
      } finally {
        importingPack = false;
      }
    },
    // A pack's import indexes in the engine itself, which knows how far it has got and stops it.
    ingestProgress: async () =>
      job ? { ok: true, value: job.progress() } : engine.api.ingestProgress(),
    cancelIngest: async () => {
      if (!job) return engine.api.cancelIngest();
      job.cancel();
      return { ok: true, value: true };
    },
  };

  return {
    api,
    resolveDocumentFile: (id) => engine.resolveDocumentFile(id),
    isShareable: (id) => engine.isShareable(id),
    indexLibrary: (indexOptions = {}) => runInWorker({ kind: 'index', ...indexOptions }),
    hasOutdatedText: () => engine.hasOutdatedText(),
    progress: () => job?.progress() ?? null,
    cancelIngest: () => job?.cancel(),
    close: () => {
      closed = true;
      job?.cancel();
      engine.close();
    },
  };
}
