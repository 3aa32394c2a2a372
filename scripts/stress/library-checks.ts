// What the crash loop checks after each kill, on database files: the library's integrity and
// contents (read with a plain connection, so that nothing the app does on opening, such as
// migrations, runs before the check), and the user database's exact bytes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { LibraryContents } from '#core/store/library/library-audit.ts';
import {
  documentCountOf,
  integrityProblems,
  libraryContents as contentsOf,
} from '#core/store/library/library-audit.ts';

export type { LibraryContents };

function withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** What is wrong with a library database file: empty when SQLite and FTS5 find it whole. */
export const libraryProblems = (file: string) => withDatabase(file, integrityProblems);

export const libraryContents = (file: string) => withDatabase(file, contentsOf);

/** Documents in a library database file, or null when there is none yet. */
export const documentCount = (file: string) =>
  existsSync(file) ? withDatabase(file, documentCountOf) : null;

/** A file's bytes as a digest, its write-ahead log's too when it holds any; "missing" if absent. */
export function databaseBytes(file: string): string {
  if (!existsSync(file)) return 'missing';
  const wal = `${file}-wal`;
  const walBytes = existsSync(wal) && statSync(wal).size > 0 ? readFileSync(wal) : Buffer.alloc(0);
  return createHash('sha256')
    .update(Buffer.concat([readFileSync(file), walBytes]))
    .digest('hex');
}
