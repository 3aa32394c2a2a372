// The library as the desktop app holds it: one engine connection in the main process for every
// call but searches, which run in a thread of their own with its own connection; indexing and
// imports (of files and of packs) run in a process of their own with their own connection, and so
// does reading scanned pages (OCR), which starts after each indexing run and stops while one runs.
// The engine and the search thread see what that process wrote as soon as it is committed: SQLite
// shows it to every connection, and each builds its caches again when another connection has
// written.
import type { ChooseFilesRequest, PortalApi, Result } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';
import type { AppMenuLanguage } from '#shared/app-menu-strings.ts';
import type { PackImportReport } from '#shared/pack-types.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import type { LibraryLocation } from '#core/library/library-location.ts';
import type { IngestHost, IngestJob } from '#core/ingest-host/ingest-host.ts';
import type { IngestTaskRequest } from '#core/ingest-host/ingest-messages.ts';
import type { OcrController } from '#core/ocr-run/ocr-controller.ts';
import type { SearchPool } from '#core/search/search-pool.ts';

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
  /** Starts the indexing process: Electron's utility process in the app, fork in Node. */
  ingestHost: IngestHost;
  /** The system's file dialog, which only the main process can open. */
  chooseFiles: (request: ChooseFilesRequest) => Promise<Result<string[]>>;
  /** Rebuilds the application menu in the interface language. */
  setMenuLanguage?: (language: AppMenuLanguage) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Told when an ingest starts (true) and when it has finished (false). */
  onIngestRunning?: (running: boolean) => void;
  /** The OCR run over the engine's library (core/ocr-run/ocr-controller.ts); none without it. */
  ocr?: (engine: Engine) => OcrController;
  /** Search threads over the library; without them, the engine searches in this thread. */
  searches?: (location: LibraryLocation) => SearchPool;
}

export interface LibrarySession {
  /**
   * The contract, with addFiles and importPack run in the indexing process, chooseFiles in the system's
   * dialog and setMenuLanguage in the application menu.
   */
  api: PortalApi;
  resolveDocumentFile(id: string): string | null;
  /** Whether a document may leave this computer: not marked "do not share". */
  isShareable(id: string): boolean;
  indexLibrary(options?: { extractWorkers?: number }): Promise<Result<IngestReport>>;
  /** Whether an older version of the app read some of the library's files. */
  hasOutdatedText(): boolean;
  progress(): IngestProgress | null;
  cancelIngest(): void;
  /** Starts reading scanned pages if some wait and the setting is on. */
  startOcr(): Promise<void>;
  close(): void;
}

export function openLibrarySession(options: LibrarySessionOptions): LibrarySession {
  const { location } = options;
  const engine = options.openEngine(location);
  const ocr = options.ocr?.(engine) ?? null;
  const searches = options.searches?.(location) ?? null;
  let job: IngestJob<unknown> | null = null;
  let closed = false;
  const busy = {
    ok: false,
    error: {
      code: 'failed',
      message: 'The library is being indexed; wait for it to finish or cancel it.',
    },
  } as const;

  const runIngest = async <T>(task: IngestTaskRequest): Promise<Result<T>> => {
    if (job) return busy;
    const { libraryDbPath, userDbPath, libraryFolder } = location;
    const started = options.ingestHost.start<T>(
      { libraryDbPath, userDbPath, libraryFolder, task },
      { onProgress: options.onProgress },
    );
    job = started;
    ocr?.hold();
    options.onIngestRunning?.(true);
    try {
      return await started.finished;
    } finally {
      job = null;
      if (!closed) {
        options.onIngestRunning?.(false);
        // The pages the run found scanned are read now, after their born-digital text.
        void ocr?.release();
      }
    }
  };

  // Every method goes to the engine, except the six the desktop answers itself, the OCR run's and
  // the search threads'.
  const api: PortalApi = {
    ...implementEveryMethod<PortalApi>(
      (method) =>
        (...args: unknown[]) =>
          (engine.api[method] as (...args: unknown[]) => unknown).apply(engine.api, args),
    ),
    chooseFiles: (request) => options.chooseFiles(request),
    setMenuLanguage: async (language) => {
      options.setMenuLanguage?.(language);
      return { ok: true, value: true };
    },
    addFiles: (request) => runIngest<IngestReport>({ kind: 'add-files', paths: request.paths }),
    importPack: (request) => runIngest<PackImportReport>({ kind: 'import-pack', request }),
    ingestProgress: async () =>
      job ? { ok: true, value: job.progress() } : engine.api.ingestProgress(),
    cancelIngest: async () => {
      if (!job) return engine.api.cancelIngest();
      job.cancel();
      return { ok: true, value: true };
    },
    ...(searches && { search: (request) => searches.search('whole', request) }),
    ...(ocr && {
      ocrStatus: ocr.ocrStatus,
      setOcrEnabled: ocr.setOcrEnabled,
      pauseOcr: ocr.pauseOcr,
      resumeOcr: ocr.resumeOcr,
      cancelOcr: ocr.cancelOcr,
      readDocumentNow: ocr.readDocumentNow,
    }),
  };

  return {
    api,
    resolveDocumentFile: (id) => engine.resolveDocumentFile(id),
    isShareable: (id) => engine.isShareable(id),
    indexLibrary: (indexOptions = {}) =>
      runIngest<IngestReport>({ kind: 'index', ...indexOptions }),
    hasOutdatedText: () => engine.hasOutdatedText(),
    progress: () => job?.progress() ?? null,
    cancelIngest: () => job?.cancel(),
    startOcr: async () => {
      if (!job) await ocr?.start();
    },
    close: () => {
      closed = true;
      job?.cancel();
      ocr?.close();
      void searches?.close();
      engine.close();
    },
  };
}
