// Everything this computer's user wrote, written to one file.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { UserDataExportReport } from '#shared/user-data.ts';
import { userDataCounts } from '../store/user/user-content.ts';
import { readUserData } from '../store/user/user-data-rows.ts';

/** Writes the file beside its place and renames it there, so no half-written file is left. */
export function exportUserData(db: Database.Database, file: string): UserDataExportReport {
  const data = readUserData(db);
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, counts: userDataCounts(db) };
}
