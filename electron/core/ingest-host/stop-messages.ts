// What the app says when indexing ends without the engine's own report. Every one of them says
// that the work done stays: each document is written in a transaction of its own, so a process
// stopped at any moment leaves the library as it was after the last document it finished.
import type { ChildExit } from '../child-process/child-exit.ts';

const KEPT = 'What was indexed so far stays indexed.';

/** The app stopped a process that did not stop by itself soon enough after "cancel". */
export const STOPPED_ON_CANCEL = 'Indexing stopped; what was indexed so far stays indexed.';

export const NOT_UNDERSTOOD = `Indexing stopped: the indexing process sent a message the app does not understand. ${KEPT}`;

export const NOT_STARTED = (reason: string) =>
  `Indexing could not start: the indexing process did not start (${reason}).`;

export function describeIndexingExit({ code, signal, outOfMemory }: ChildExit): string {
  const cause = signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
  if (outOfMemory)
    return `Indexing stopped: the indexing process ran out of memory (${cause}). ${KEPT}`;
  if (signal === 'SIGKILL')
    return `Indexing stopped: the indexing process was killed (${cause}), as the system does when memory runs out. ${KEPT}`;
  return `Indexing stopped unexpectedly: the indexing process ended (${cause}). ${KEPT}`;
}
