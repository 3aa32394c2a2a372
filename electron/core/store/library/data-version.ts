// SQLite's data_version changes when another connection commits to the database: another
// process indexing the library, or a desktop app's worker. What is cached from the library is
// built again when it changes. (Commits on this connection do not change it; their writers say so.)
import type Database from 'better-sqlite3';

export function readDataVersion(db: Database.Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}
