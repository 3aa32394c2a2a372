// The app's half of an ingest: starts the indexing process, relays its progress, cancels it, and
// answers once, whatever becomes of the process. Indexing runs in a process of its own, not a
// thread, so that a file which takes all the memory it can (a zip bomb in a Word file, a hostile
// PDF) ends that process and never the app: the desktop starts it as Electron's utility process
// (electron/main/ingest-utility-host.ts), Node and the tests with child_process.fork
// (fork-ingest-host.ts). Both run the same entry and speak the same messages.
import type { Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';
import type { ChildExit } from '../child-process/child-exit.ts';
import { readFromIngest } from './ingest-messages.ts';
import type { IngestStart, ToIngest } from './ingest-messages.ts';
import {
  describeIndexingExit,
  NOT_STARTED,
  NOT_UNDERSTOOD,
  STOPPED_ON_CANCEL,
} from './stop-messages.ts';

/** The indexing process's entry; the build puts it beside the main process as a .js file. */
export const INGEST_PROCESS_URL = new URL('./ingest-process.ts', import.meta.url);

/**
 * The indexing process's heap ceiling. Without one V8 lets a heap grow towards the computer's
 * memory (up to 4 GB on a 64-bit build), and on a 4 GB laptop the whole system slows to a crawl
 * before the process dies. With it, a file that needs more fails fast with a clear message. The
 * engine's own indexing needs far less (one document at a time; the extraction threads have
 * their own limits), and the whole indexing, app included, stays under 600 MB.
 */
export const INGEST_HEAP_LIMIT_MB = 384;

export const ingestExecArgv = (heapLimitMb = INGEST_HEAP_LIMIT_MB) => [
  `--max-old-space-size=${heapLimitMb}`,
];

export interface IngestJob<T> {
  /**
   * Settles once, after the process has ended: with the engine's report, or a failure saying why
   * the process stopped.
   */
  finished: Promise<Result<T>>;
  /** The latest progress the process reported, or null before the first report. */
  progress(): IngestProgress | null;
  /**
   * Asks the process to stop; what was indexed so far stays indexed. A process that has not
   * finished within the grace period is killed.
   */
  cancel(): void;
}

export interface IngestHost {
  start<T>(
    request: IngestStart,
    options?: { onProgress?: (progress: IngestProgress) => void },
  ): IngestJob<T>;
}

/** A started indexing process, however it was started. */
export interface IngestChild {
  pid: number | undefined;
  send(message: ToIngest): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended (by itself, or killed). */
  onExit(listener: (exit: ChildExit) => void): void;
  /** Ends the process at once. */
  kill(): void;
}

export type LaunchIngestChild = () => IngestChild;

export interface IngestTiming {
  /** How long a cancelled process has to stop by itself before it is killed. */
  cancelGraceMs: number;
  /** How long a process that has answered has to end before it is killed. */
  exitGraceMs: number;
}

const DEFAULT_TIMING: IngestTiming = { cancelGraceMs: 2000, exitGraceMs: 2000 };

const failure = (message: string) => ({ ok: false, error: { code: 'failed', message } }) as const;

export function ingestHost(
  launch: LaunchIngestChild,
  timing: IngestTiming = DEFAULT_TIMING,
): IngestHost {
  return {
    start<T>(
      request: IngestStart,
      { onProgress }: { onProgress?: (progress: IngestProgress) => void } = {},
    ): IngestJob<T> {
      let child: IngestChild;
      try {
        child = launch();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          finished: Promise.resolve(failure(NOT_STARTED(reason))),
          progress: () => null,
          cancel: () => {},
        };
      }
      let latest: IngestProgress | null = null;
      // The answer is decided by the first of: the engine's report, a message not understood,
      // the process's end. It is given once the process has ended, so that no indexing process
      // outlives its job.
      let answer: Result<T> | null = null;
      let exited = false;
      let cancelling = false;
      let killTimer: NodeJS.Timeout | undefined;
      const killAfter = (ms: number) => {
        killTimer ??= setTimeout(() => child.kill(), ms);
      };
      const decide = (result: Result<T>) => {
        answer ??= result;
      };

      const finished = new Promise<Result<T>>((resolve) => {
        child.onExit((exit) => {
          exited = true;
          clearTimeout(killTimer);
          decide(failure(cancelling ? STOPPED_ON_CANCEL : describeIndexingExit(exit)));
          resolve(answer!);
        });
      });
      child.onMessage((raw) => {
        if (answer) return;
        const message = readFromIngest(raw);
        if (!message) {
          decide(failure(NOT_UNDERSTOOD));
          child.kill();
        } else if (message.type === 'progress') {
          latest = message.progress;
          onProgress?.(message.progress);
        } else {
          decide(message.result as Result<T>);
          killAfter(timing.exitGraceMs);
        }
      });
      child.send({ type: 'start', ...request });

      return {
        finished,
        progress: () => latest,
        cancel: () => {
          if (answer || exited || cancelling) return;
          cancelling = true;
          child.send({ type: 'cancel' });
          killAfter(timing.cancelGraceMs);
        },
      };
    },
  };
}
