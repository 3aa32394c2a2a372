// What every fuzz target offers the short run in the tests and the long run of scripts/fuzz/run.ts:
// a property over one kind of outside input, prepared over its own temporary folder, that fails
// when an input ends in anything but a result or a typed, clear error.
import type fc from 'fast-check';

export interface PreparedTarget {
  /** One case per generated input; it throws (or rejects) to fail. */
  property: fc.IAsyncProperty<unknown[]>;
  close(): Promise<void> | void;
}

export interface FuzzTarget {
  name: string;
  /** Cases for the short run in the tests, which must stay within a few seconds per target. */
  shortRuns: number;
  /** Longest one case may take before it counts as a hang. */
  caseTimeoutMs: number;
  setUp(work: string): Promise<PreparedTarget>;
}

export class CaseFailure extends Error {
  override name = 'CaseFailure';
}

/** Settles with `work`, or fails the case when it takes longer than `ms`: a hang is a failure. */
export async function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaseFailure(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one case's work and fails it when a promise nobody awaits rejects meanwhile: left alone,
 * such a rejection ends the process (the app's, or an extraction worker's).
 */
export async function withoutStrayRejections<T>(work: () => Promise<T>): Promise<T> {
  const strays: unknown[] = [];
  const onStray = (reason: unknown) => strays.push(reason);
  process.on('unhandledRejection', onStray);
  try {
    const value = await work();
    // Rejections are reported once the microtasks settle; a turn of the event loop lets them.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (strays.length)
      throw new CaseFailure(
        `A promise rejected with nobody to handle it: ${describeError(strays[0])}`,
      );
    return value;
  } finally {
    process.off('unhandledRejection', onStray);
  }
}

/** The error's class and message, for a failure's report. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `thrown ${String(error)}`;
}
