import Database from 'better-sqlite3';

/** Runs `work` on its own connection to a database file, beside whatever else has it open. */
export function withDatabaseFile<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
