// Whether scanned pages are read in the background after indexing, and whether the person paused
// that reading: choices about this library, kept in its database, so the desktop app knows them
// at start, before any window asks (a paused run stays paused after a restart, until resumed). On
// unless turned off; not paused unless paused.
import type Database from 'better-sqlite3';

function readFlag(db: Database.Database, key: string): string | undefined {
  return db
    .prepare<[string], string>('SELECT value FROM library_info WHERE key = ?')
    .pluck()
    .get(key);
}

function writeFlag(db: Database.Database, key: string, value: boolean): void {
  db.prepare('INSERT OR REPLACE INTO library_info (key, value) VALUES (?, ?)').run(
    key,
    String(value),
  );
}

export function readOcrEnabled(db: Database.Database): boolean {
  return readFlag(db, 'ocr_enabled') !== 'false';
}

export function writeOcrEnabled(db: Database.Database, enabled: boolean): void {
  writeFlag(db, 'ocr_enabled', enabled);
}

export function readOcrPaused(db: Database.Database): boolean {
  return readFlag(db, 'ocr_paused') === 'true';
}

export function writeOcrPaused(db: Database.Database, paused: boolean): void {
  writeFlag(db, 'ocr_paused', paused);
}
