// Whether scanned pages are read in the background after indexing: a choice about this library,
// kept in its database, so the desktop app knows it at start, before any window asks. On unless
// turned off.
import type Database from 'better-sqlite3';

export function readOcrEnabled(db: Database.Database): boolean {
  const value = db
    .prepare<[], string>("SELECT value FROM library_info WHERE key = 'ocr_enabled'")
    .pluck()
    .get();
  return value !== 'false';
}

export function writeOcrEnabled(db: Database.Database, enabled: boolean): void {
  db.prepare("INSERT OR REPLACE INTO library_info (key, value) VALUES ('ocr_enabled', ?)").run(
    String(enabled),
  );
}
