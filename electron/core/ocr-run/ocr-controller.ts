// The desktop's OCR run: when it starts (after an indexing run, at start, on resume or "Read this
// document now"), when it stops (pause, cancel, the setting turned off, an indexing run starting,
// which has the library to itself and hands it back when done), and its state for ocrStatus. The
// run itself is a process of its own (ocr-run-host.ts); this holds no more than which run is
// under way. Whether the person paused it is the engine's to keep (in the library), so a paused
// run stays paused after a restart, until resumed.
import type { PortalApi, Result } from '#shared/api.ts';
import type { OcrRunReport, OcrStatus } from '#shared/ocr-run-types.ts';
import type { OcrRunStart } from './ocr-run-messages.ts';
import { startOcrRun } from './ocr-run-host.ts';
import type { LaunchOcrRunChild, OcrRunJob, OcrRunTiming } from './ocr-run-host.ts';
import type { OcrMethod } from './ocr-api.ts';

export interface OcrControllerOptions {
  /** The engine's answers: the library's counts, the setting, a document put first. */
  engine: Pick<PortalApi, OcrMethod>;
  launch: LaunchOcrRunChild;
  /** What every run is started with (the documents it keeps to are the controller's). */
  run: Omit<OcrRunStart, 'documentIds'>;
  timing?: OcrRunTiming;
  /** Told when a run has ended, with its answer. */
  onFinished?: (result: Result<OcrRunReport>) => void;
}

export interface OcrController extends Pick<PortalApi, OcrMethod> {
  /** Starts a run if pages wait and nothing holds it back (the setting, a pause, indexing). */
  start(): Promise<void>;
  /** Stops the run while the library is indexed; `release` starts it again. */
  hold(): void;
  release(): Promise<void>;
  /** Settles once no run is under way. */
  idle(): Promise<void>;
  close(): void;
}

export function ocrController(options: OcrControllerOptions): OcrController {
  const { engine } = options;
  let job: { run: OcrRunJob; finished: Promise<void> } | null = null;
  let held = false;
  let closed = false;
  // The start that follows an indexing run, until it has decided whether to run.
  let releasing: Promise<void> | null = null;
  // With the setting off, "Read this document now" reads just the documents asked for.
  let asked = new Set<string>();

  const withRun = (status: Result<OcrStatus>): Result<OcrStatus> => {
    if (!status.ok) return status;
    const state = job ? 'running' : status.value.state;
    return { ok: true, value: { ...status.value, state, progress: job?.run.progress() ?? null } };
  };
  const status = async (documentId: string | null = null) =>
    withRun(await engine.ocrStatus(documentId));

  const stop = async () => {
    const current = job;
    current?.run.stop();
    await current?.finished;
  };

  const start = async (): Promise<void> => {
    if (job || held || closed) return;
    const now = await engine.ocrStatus(null);
    if (!now.ok || now.value.state === 'paused' || now.value.pages.pending === 0) return;
    if (!now.value.enabled && asked.size === 0) return;
    const documentIds = now.value.enabled ? undefined : [...asked];
    const run = startOcrRun(
      options.launch,
      { ...options.run, documentIds },
      { timing: options.timing },
    );
    const finished = run.finished.then((result) => {
      job = null;
      if (result.ok && !result.value.stopped) asked = new Set();
      options.onFinished?.(result);
    });
    job = { run, finished };
  };

  return {
    ocrStatus: (documentId) => status(documentId),
    setOcrEnabled: async (enabled) => {
      const set = await engine.setOcrEnabled(enabled);
      if (!set.ok) return set;
      if (!enabled) await stop();
      await start();
      return status();
    },
    pauseOcr: async () => {
      const paused = await engine.pauseOcr();
      if (!paused.ok) return paused;
      await stop();
      return status();
    },
    resumeOcr: async () => {
      const resumed = await engine.resumeOcr();
      if (!resumed.ok) return resumed;
      await start();
      return status();
    },
    cancelOcr: async () => {
      await stop();
      return status();
    },
    readDocumentNow: async (id) => {
      const first = await engine.readDocumentNow(id);
      if (!first.ok) return first;
      const enabled = first.value.enabled;
      if (!enabled && !asked.has(id)) {
        asked.add(id);
        // A run kept to other documents would not reach this one: it starts again with it.
        await stop();
      }
      await start();
      return status(id);
    },
    start,
    hold: () => {
      held = true;
      job?.run.stop();
    },
    release: () => {
      held = false;
      const starting = (async () => {
        await job?.finished;
        await start();
      })().finally(() => {
        if (releasing === starting) releasing = null;
      });
      releasing = starting;
      return starting;
    },
    idle: async () => {
      while (releasing || job) {
        await releasing;
        await job?.finished;
      }
    },
    close: () => {
      closed = true;
      job?.run.stop();
    },
  };
}
