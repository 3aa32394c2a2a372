// Searches for the desktop app and the classroom server, run in worker threads, each with its own
// read-only connection to the library, so that no search holds up the thread that answers
// everything else (the desktop's window and page images; the classroom's pages, files and room
// code). A search still running at the time limit has its thread ended (a native SQLite call can
// be stopped no other way) and answers "search-too-slow"; a new thread takes its place. Searches
// wait in order for a free thread.
import { Worker } from 'node:worker_threads';
import type { Result } from '#shared/api.ts';
import type { SearchRequest, SearchResponse } from '#shared/types.ts';
import type { LibraryView } from '../store/library/do-not-share.ts';
import { failure } from '../serving/call-api.ts';
import type { QueryBounds } from './query-bounds.ts';

export interface SearchPoolOptions {
  libraryDbPath: string;
  /** Threads searching at once; by default 2. */
  threads?: number;
  /** How long one search may run, in milliseconds; by default 10 seconds. */
  timeLimitMs?: number;
  /** What a search may cost before it is refused as too broad; by default the engine's bounds. */
  queryBounds?: QueryBounds;
}

export interface SearchWorkerData {
  libraryDbPath: string;
  bounds: QueryBounds | undefined;
}

export interface SearchJob {
  view: LibraryView;
  request: SearchRequest;
}

export interface SearchPool {
  search(view: LibraryView, request: SearchRequest): Promise<Result<SearchResponse>>;
  /** Ends every thread; searches still waiting answer that the server has stopped. */
  close(): Promise<void>;
}

export const DEFAULT_SEARCH_THREADS = 2;
/**
 * The space for a search thread's new objects. A search leaves megabytes of short-lived maps and
 * strings behind and keeps little; V8's default lets that space grow to tens of megabytes per
 * thread before collecting it, all of it memory the process holds (see the README's search
 * figures: the same searches peak far lower with 8 MB, for no more CPU time).
 */
const YOUNG_GENERATION_MB = 8;
export const DEFAULT_SEARCH_TIME_LIMIT_MS = 10_000;

interface Pending {
  job: SearchJob;
  answer: (result: Result<SearchResponse>) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  running: (Pending & { timer: NodeJS.Timeout }) | null;
}

export function createSearchPool(options: SearchPoolOptions): SearchPool {
  const threads = Math.max(1, options.threads ?? DEFAULT_SEARCH_THREADS);
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_SEARCH_TIME_LIMIT_MS;
  const data: SearchWorkerData = {
    libraryDbPath: options.libraryDbPath,
    bounds: options.queryBounds,
  };
  const queue: Pending[] = [];
  const pool = new Set<Thread>();
  let closed = false;

  const finish = (thread: Thread, result: Result<SearchResponse>) => {
    const running = thread.running;
    if (!running) return;
    clearTimeout(running.timer);
    thread.running = null;
    running.answer(result);
  };

  /** Ends a thread without waiting: one inside a native call ends only once the call returns. */
  const replace = (thread: Thread) => {
    pool.delete(thread);
    void thread.worker.terminate();
    if (!closed) start();
  };

  const next = () => {
    for (const thread of pool) {
      if (queue.length === 0) return;
      if (!thread.ready || thread.running) continue;
      const pending = queue.shift()!;
      const timer = setTimeout(() => {
        finish(
          thread,
          failure(
            'search-too-slow',
            `The search took longer than ${timeLimitMs / 1000} seconds and was stopped. Type longer or more precise words.`,
          ),
        );
        replace(thread);
      }, timeLimitMs);
      thread.running = { ...pending, timer };
      thread.worker.postMessage(pending.job);
    }
  };

  const start = () => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const thread: Thread = { worker, ready: false, running: null };
    pool.add(thread);
    worker.on('message', (message: Result<SearchResponse> | 'ready') => {
      if (message === 'ready') thread.ready = true;
      else finish(thread, message);
      next();
    });
    worker.once('error', (error) => {
      const message = `The search thread failed: ${error.message}`;
      finish(thread, failure('failed', message));
      if (thread.ready) return replace(thread);
      // A thread that cannot even open the library would fail again: no new one is started.
      pool.delete(thread);
      if (pool.size === 0)
        for (const pending of queue.splice(0)) pending.answer(failure('failed', message));
    });
    worker.once('exit', () => {
      if (!pool.has(thread)) return;
      finish(thread, failure('failed', 'The search thread stopped unexpectedly.'));
      replace(thread);
    });
  };

  for (let i = 0; i < threads; i++) start();

  return {
    search(view, request) {
      if (closed) return Promise.resolve(failure('failed', 'The server has stopped.'));
      return new Promise((answer) => {
        queue.push({ job: { view, request }, answer });
        next();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0))
        pending.answer(failure('failed', 'The server has stopped.'));
      const ending = [...pool].map((thread) => {
        finish(thread, failure('failed', 'The server has stopped.'));
        pool.delete(thread);
        return thread.worker.terminate();
      });
      await Promise.all(ending);
    },
  };
}
