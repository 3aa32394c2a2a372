// A small pool of extraction workers: PDF parsing and text normalisation run on every core while
// the caller's thread only writes to SQLite.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from './extract-document.ts';
import { extractDocument } from './extract-document.ts';
import { IngestError } from './ingest-error.ts';
import type { ExtractRequest, ExtractResponse } from './extract-messages.ts';

export interface Extractor {
  extract(path: string, bytes: Uint8Array): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

/** Extracts in the calling thread: for small jobs and for hosts that cannot start workers. */
export function createInlineExtractor(): Extractor {
  return { extract: extractDocument, close: async () => {} };
}

const WORKER_HEAP_MB = 256;
/**
 * Left to itself, V8 grows each worker's new space to 64 MB, which stays resident; pdf.js's
 * short-lived garbage is collected as cheaply in half of that.
 */
const WORKER_YOUNG_HEAP_MB = 32;

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
    }
  };

  const settle = (id: number, outcome: (p: Pending) => void) => {
    const p = pending.get(id);
    pending.delete(id);
    if (p) outcome(p);
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
      const id = running.get(worker);
      running.delete(worker);
      if (id != null)
        settle(id, (p) => p.reject(new Error(`The extraction worker failed: ${error.message}`)));
      if (!closing) {
        idle.push(start());
        dispatch();
      }
    });
    return worker;
  };

  for (let i = 0; i < count; i++) idle.push(start());

  return {
    extract(path, bytes) {
      const id = nextId++;
      // Copy into a buffer of our own so transferring it never detaches the caller's bytes.
      const copy = new Uint8Array(bytes).buffer;
      return new Promise<ExtractedDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ request: { id, path, bytes: copy }, transfer: copy });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...running.keys()].map((w) => w.terminate()));
    },
  };
}
