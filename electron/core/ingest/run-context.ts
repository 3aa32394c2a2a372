// What every step of an indexing run shares: the database, the report, the progress shown and the
// clock that dates new documents.
import type Database from 'better-sqlite3';
import type { IngestProgress, IngestReport } from '#shared/types.ts';

export interface ProgressCounter {
  /** Reports the item being worked on, with the count of items done so far. */
  show(current: string): void;
  /** Counts one more item done. */
  count(): void;
}

export interface RunContext {
  db: Database.Database;
  report: IngestReport;
  progress: ProgressCounter;
  /** When a document first indexed in this run was added. */
  addedAt: () => string;
}

export function progressCounter(
  total: number,
  onProgress?: (progress: IngestProgress) => void,
): ProgressCounter {
  let done = 0;
  return {
    show: (current) => onProgress?.({ done, total, current }),
    count: () => {
      done++;
    },
  };
}
