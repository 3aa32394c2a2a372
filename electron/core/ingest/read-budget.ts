// What reading one file has spent of its limits (read-limits.ts), and the limit it reached. The
// readers ask it before each page; pdf.js asks it as it inflates streams and walks content
// (patches/pdfjs-dist+*.patch), through the one budget installed for the file being read.
import type { ReadLimits } from './read-limits.ts';
import {
  DEFAULT_READ_LIMITS,
  fileTooLarge,
  MAX_CONTENT_STEPS_PER_PAGE,
  streamTooLarge,
  timeLimitMessage,
} from './read-limits.ts';

/** Why reading a file stopped early: too large stops the file, time and cancel keep what was read. */
export type StopReason =
  | { kind: 'too-large'; message: string }
  | { kind: 'time'; message: string }
  | { kind: 'cancelled'; message: string };

/** Thrown inside the reader (pdf.js) to unwind it once a limit is reached. */
export class ReadLimitReached extends Error {
  override name = 'ReadLimitReached';
}

export const CANCELLED_MESSAGE = 'Indexing was stopped before this file was read.';

export class ReadBudget {
  inflated = 0;
  tooLarge: StopReason | null = null;
  interrupted: StopReason | null = null;
  /** Set when the page being read took more content steps than a page may: it is cut short. */
  pageCutShort = false;
  private pageSteps = 0;
  readonly limits: ReadLimits;
  private readonly signal: AbortSignal | undefined;
  private readonly deadline: number;

  constructor(limits: ReadLimits = DEFAULT_READ_LIMITS, signal?: AbortSignal) {
    this.limits = limits;
    this.signal = signal;
    this.deadline = Date.now() + limits.secondsPerFile * 1000;
  }

  /** Counts `added` more inflated bytes in a stream now `streamSize` long; throws past a limit. */
  inflate(added: number, streamSize: number): void {
    if (this.tooLarge) throw new ReadLimitReached(this.tooLarge.message);
    this.inflated += added;
    if (streamSize > this.limits.inflatedBytesPerStream)
      this.tooLarge = { kind: 'too-large', message: streamTooLarge(this.limits) };
    else if (this.inflated > this.limits.inflatedBytesPerFile)
      this.tooLarge = { kind: 'too-large', message: fileTooLarge(this.limits) };
    if (this.tooLarge) throw new ReadLimitReached(this.tooLarge.message);
  }

  /** Called as the reader works through content; throws once time is up or the run is cancelled. */
  tick(): void {
    const stop = this.stopReason();
    if (stop) throw new ReadLimitReached(stop.message);
    if (++this.pageSteps > MAX_CONTENT_STEPS_PER_PAGE) {
      this.pageCutShort = true;
      throw new ReadLimitReached('The page repeats its content too often to read it all.');
    }
  }

  /** Starts counting the content steps of a new page. */
  startPage(): void {
    this.pageSteps = 0;
    this.pageCutShort = false;
  }

  /** The limit reached so far, if any. */
  stopReason(): StopReason | null {
    if (this.tooLarge) return this.tooLarge;
    if (!this.interrupted) {
      if (this.signal?.aborted)
        this.interrupted = { kind: 'cancelled', message: CANCELLED_MESSAGE };
      else if (Date.now() > this.deadline)
        this.interrupted = { kind: 'time', message: timeLimitMessage(this.limits) };
    }
    return this.interrupted;
  }
}

interface BudgetHost {
  pdfjsReadBudget?: ReadBudget;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `read` with a fresh budget for one file, installed where the patched pdf.js looks for it.
 * Files in one thread are read one after another (each worker of extract-pool.ts reads one at a
 * time anyway), so the one slot always holds the budget of the file being read, and a file's time
 * counts from when its reading starts.
 */
export function withReadBudget<T>(
  limits: ReadLimits,
  signal: AbortSignal | undefined,
  read: (budget: ReadBudget) => Promise<T>,
): Promise<T> {
  const run = queue.then(async () => {
    const host = globalThis as BudgetHost;
    const budget = new ReadBudget(limits, signal);
    host.pdfjsReadBudget = budget;
    try {
      return await read(budget);
    } finally {
      host.pdfjsReadBudget = undefined;
    }
  });
  queue = run.catch(() => {});
  return run;
}
