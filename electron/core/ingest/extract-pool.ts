// A small pool of extraction workers: PDF parsing and text normalisation run on every core while
// the caller's thread only writes to SQLite. A worker reading a file past its time limit, or one
// whose run is cancelled, is ended at once and replaced, so no file holds up the run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from './extract-document.ts';
import { IngestError, ReadingCancelled } from './ingest-error.ts';
import type { ExtractRequest, ExtractResponse } from './extract-messages.ts';
import { CANCELLED_MESSAGE } from './read-budget.ts';
import type { ReadLimits } from './read-limits.ts';
import { DEFAULT_READ_LIMITS, timeLimitMessage } from './read-limits.ts';

export interface ExtractOptions {
  limits?: ReadLimits;
  /** Ends the reading of the file, which then fails with ReadingCancelled. */
  signal?: AbortSignal;
}

export interface Extractor {
  extract(path: string, bytes: Uint8Array, options?: ExtractOptions): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: Error) => void;
  limits: ReadLimits;
  /** Ends the file's worker once the file is past its time limit; set when a worker takes it. */
  timer?: NodeJS.Timeout;
  /** Stops listening for the run's cancel. */
  release: () => void;
}

/**
 * Extracts in the calling thread: for small jobs and for hosts that cannot start workers. Limits
 * are kept between the reader's steps only; nothing can stop a step that never ends. The readers
 * (pdf.js among them) are loaded on first use, so a thread that hands its files to workers never
 * holds them.
 */
export function createInlineExtractor(): Extractor {
  return {
    async extract(path, bytes, options = {}) {
      if (options.signal?.aborted) throw new ReadingCancelled(CANCELLED_MESSAGE);
      const { extractDocument } = await import('./extract-document.ts');
      return extractDocument(path, bytes, options.limits, options.signal);
    },
    close: async () => {},
  };
}

/**
 * Past its time limit a file is given this long to stop by itself and keep what it read; then
 * its worker is ended.
 */
const STOP_GRACE_MS = 5000;

const hardStopMs = (limits: ReadLimits) => limits.secondsPerFile * 1000 + STOP_GRACE_MS;

const WORKER_HEAP_MB = 256;
/**
 * Left to itself, V8 grows each worker's new space to 64 MB, which stays resident; pdf.js's
 * short-lived garbage is collected about as cheaply in 8 MB (measured on the benchmark's corpus:
 * the same CPU time as 16 and 32 MB within the noise, about 30 MB less resident per worker than
 * 32; 4 MB costs more).
 */
const WORKER_YOUNG_HEAP_MB = 8;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/**
 * A heap limit per worker: a hostile or enormous PDF kills its worker (and fails only its own
 * file) instead of exhausting the laptop's memory; it also keeps garbage collection prompt.
 */
function spawnWorker(workerUrl: URL): Worker {
  return new Worker(workerUrl, {
    resourceLimits: {
      maxOldGenerationSizeMb: WORKER_HEAP_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB,
    },
  });
}

export function createWorkerExtractor(
  count = defaultWorkerCount(),
  workerUrl: URL = new URL('./extract-worker.ts', import.meta.url),
): Extractor {
  const pending = new Map<number, Pending>();
  const running = new Map<Worker, number | null>();
  const idle: Worker[] = [];
  const queue: { request: ExtractRequest; transfer: ArrayBuffer }[] = [];
  let nextId = 1;
  let closing = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(worker, job.request.id);
      worker.postMessage(job.request, [job.transfer]);
      const p = pending.get(job.request.id);
      if (p) p.timer = setTimeout(() => overtime(job.request.id, p.limits), hardStopMs(p.limits));
    }
  };

  const overtime = (id: number, limits: ReadLimits) =>
    stop(
      id,
      new IngestError(
        `${timeLimitMessage(limits)} The file could not be stopped in between, so nothing of it was kept.`,
      ),
    );

  const settle = (id: number, outcome: (p: Pending) => void) => {
    const p = pending.get(id);
    pending.delete(id);
    if (!p) return;
    clearTimeout(p.timer);
    p.release();
    outcome(p);
  };

  const replace = () => {
    if (closing) return;
    idle.push(start());
    dispatch();
  };

  /** Fails file `id` with `error`: out of the queue if it waits, its worker ended if it runs. */
  const stop = (id: number, error: Error) => {
    const queued = queue.findIndex((job) => job.request.id === id);
    if (queued >= 0) queue.splice(queued, 1);
    const worker = [...running].find(([, runningId]) => runningId === id)?.[0];
    settle(id, (p) => p.reject(error));
    if (!worker) return;
    running.delete(worker);
    void worker.terminate();
    replace();
  };

  const start = (): Worker => {
    const worker = spawnWorker(workerUrl);
    running.set(worker, null);
    worker.on('message', (response: ExtractResponse) => {
      running.set(worker, null);
      settle(response.id, (p) => {
        if (response.ok) p.resolve(response.document);
        else
          p.reject(
            response.expected ? new IngestError(response.message) : new Error(response.message),
          );
      });
      idle.push(worker);
      dispatch();
    });
    // A worker that dies (out of memory on a hostile file, say) fails only its own file.
    worker.on('error', (error) => {
      if (!running.has(worker)) return;
      const id = running.get(worker);
      running.delete(worker);
      if (id != null)
        settle(id, (p) => p.reject(new Error(`The extraction worker failed: ${error.message}`)));
      replace();
    });
    return worker;
  };

  for (let i = 0; i < count; i++) idle.push(start());

  return {
    extract(path, bytes, { limits = DEFAULT_READ_LIMITS, signal } = {}) {
      if (signal?.aborted) return Promise.reject(new ReadingCancelled(CANCELLED_MESSAGE));
      const id = nextId++;
      // Copy into a buffer of our own so transferring it never detaches the caller's bytes.
      const copy = new Uint8Array(bytes).buffer;
      return new Promise<ExtractedDocument>((resolve, reject) => {
        const cancel = () => stop(id, new ReadingCancelled(CANCELLED_MESSAGE));
        signal?.addEventListener('abort', cancel, { once: true });
        const release = () => signal?.removeEventListener('abort', cancel);
        pending.set(id, { resolve, reject, limits, release });
        queue.push({ request: { id, path, bytes: copy, limits }, transfer: copy });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const id of [...pending.keys()]) stop(id, new ReadingCancelled(CANCELLED_MESSAGE));
      await Promise.all([...running.keys()].map((w) => w.terminate()));
    },
  };
}
