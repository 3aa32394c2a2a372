// The app's half of an OCR run: starts the OCR process, relays its progress, stops it, and
// answers once, whatever becomes of the process. The desktop starts it as Electron's utility
// process (electron/main/ocr-utility-host.ts), Node and the tests with child_process.fork
// (fork-ocr-run.ts); both run the same entry and speak the same messages.
//
// Memory budget, beside the indexing process's (ingest-host.ts, 384 MB of heap): the OCR process
// holds about 150 MB per recognition worker (the WebAssembly recogniser and its language data)
// beside its own, about 300 MB resident with the desktop's one worker; a PDF page is drawn in a
// process of its own that ends after the page (150 to 210 MB at 300 dpi, at most 700 MB for a
// page at the 50-million-pixel limit), or, in the desktop's utility process, which cannot start
// another, in the OCR process itself (the native canvas adding about 190 MB), whose heap is
// capped at OCR_HEAP_LIMIT_MB like the indexer's.
import type { Result } from '#shared/api.ts';
import type { OcrRunProgress, OcrRunReport } from '#shared/ocr-run-types.ts';
import type { ChildExit } from '../child-process/child-exit.ts';
import { readFromOcr } from './ocr-run-messages.ts';
import type { OcrRunStart, ToOcr } from './ocr-run-messages.ts';

/** The OCR process's entry; the build puts it beside the main process as a .js file. */
export const OCR_RUN_PROCESS_URL = new URL('./ocr-run-process.ts', import.meta.url);

/** The OCR process's JavaScript heap; the recognisers' WebAssembly memory lies outside it. */
export const OCR_HEAP_LIMIT_MB = 384;

export const ocrExecArgv = (heapLimitMb = OCR_HEAP_LIMIT_MB) => [
  `--max-old-space-size=${heapLimitMb}`,
];

/** A started OCR process, however it was started. */
export interface OcrRunChild {
  pid: number | undefined;
  send(message: ToOcr): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended (by itself, or killed). */
  onExit(listener: (exit: ChildExit) => void): void;
  kill(): void;
}

export type LaunchOcrRunChild = () => OcrRunChild;

export interface OcrRunJob {
  /** Settles once, after the process has ended. */
  finished: Promise<Result<OcrRunReport>>;
  progress(): OcrRunProgress | null;
  /**
   * Asks the process to stop: the page being read is given up, what was recognised is indexed.
   * A process that has not ended within the grace period is killed (what it recognised stays).
   */
  stop(): void;
}

export interface OcrRunTiming {
  /** How long a stopped process has to end by itself (indexing its last documents) before it is killed. */
  stopGraceMs: number;
  /** How long a process that has answered has to end before it is killed. */
  exitGraceMs: number;
}

const DEFAULT_TIMING: OcrRunTiming = { stopGraceMs: 10_000, exitGraceMs: 5000 };

const KEPT = 'The pages read so far stay read.';

const failure = (message: string) => ({ ok: false, error: { code: 'failed', message } }) as const;

function describeExit({ code, signal, outOfMemory }: ChildExit): string {
  const cause = signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
  if (outOfMemory) return `OCR stopped: the OCR process ran out of memory (${cause}). ${KEPT}`;
  return `OCR stopped unexpectedly: the OCR process ended (${cause}). ${KEPT}`;
}

export function startOcrRun(
  launch: LaunchOcrRunChild,
  request: OcrRunStart,
  options: { onProgress?: (progress: OcrRunProgress) => void; timing?: OcrRunTiming } = {},
): OcrRunJob {
  const timing = options.timing ?? DEFAULT_TIMING;
  let child: OcrRunChild;
  try {
    child = launch();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      finished: Promise.resolve(failure(`OCR could not start: ${reason}.`)),
      progress: () => null,
      stop: () => {},
    };
  }
  let latest: OcrRunProgress | null = null;
  let answer: Result<OcrRunReport> | null = null;
  let stopping = false;
  let exited = false;
  let killTimer: NodeJS.Timeout | undefined;
  const finished = new Promise<Result<OcrRunReport>>((resolve) => {
    child.onExit((exit) => {
      exited = true;
      clearTimeout(killTimer);
      answer ??= stopping
        ? { ok: true, value: stoppedReport(latest) }
        : failure(describeExit(exit));
      resolve(answer);
    });
  });
  child.onMessage((raw) => {
    if (answer) return;
    const message = readFromOcr(raw);
    if (!message) {
      answer = failure(
        `OCR stopped: the OCR process sent a message the app does not understand. ${KEPT}`,
      );
      child.kill();
    } else if (message.type === 'progress') {
      latest = message.progress;
      options.onProgress?.(message.progress);
    } else {
      answer = message.result;
      // A process that has answered and does not end is not left running.
      killTimer ??= setTimeout(() => child.kill(), timing.exitGraceMs);
    }
  });
  child.send({ type: 'start', ...request });
  return {
    finished,
    progress: () => latest,
    stop: () => {
      if (answer || exited || stopping) return;
      stopping = true;
      child.send({ type: 'stop' });
      killTimer ??= setTimeout(() => child.kill(), timing.stopGraceMs);
    },
  };
}

/** What a run killed after "stop" did, as far as its progress told. */
function stoppedReport(progress: OcrRunProgress | null): OcrRunReport {
  return {
    recognised: Math.max(0, (progress?.done ?? 0) - (progress?.failed ?? 0)),
    failed: [],
    reindexed: 0,
    stopped: true,
    elapsedMs: 0,
  };
}
