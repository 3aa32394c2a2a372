import type Database from 'better-sqlite3';
import type { IngestReport } from '#shared/types.ts';
import { optimiseFullTextIndexes } from '../store/library/index-maintenance.ts';
import { countDocuments } from '../store/library/indexer-records.ts';

/**
 * Merges the FTS segments after a run that changed much of the library: queries then read one
 * b-tree per index instead of many. Small changes to a large library are left to FTS5's automerge.
 */
export function optimiseIndexes(db: Database.Database, report: IngestReport): void {
  const changed = report.indexed + report.replaced + report.updated + report.removed;
  if (changed === 0) return;
  const documents = countDocuments(db);
  if (documents > 1000 && changed < documents / 20) return;
  optimiseFullTextIndexes(db);
}
