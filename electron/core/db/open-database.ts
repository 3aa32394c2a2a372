import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { assertNotNewer, migrate } from './migrate.ts';
import type { Migration } from './migrate.ts';
import { libraryMigrations } from './library-migrations/index.ts';
import { userMigrations } from './user-migrations/index.ts';

function openMigrated(file: string, label: string, migrations: readonly Migration[]) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    assertNotNewer(db, migrations, label);
    // Pages of text are a few kilobytes each: 8 KiB database pages hold several, 4 KiB pages one.
    // Only takes effect on a new, empty file.
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, label);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The library: documents, taxonomy and full-text indexes. Rebuildable from the library folder. */
export function openLibraryDb(file: string): Database.Database {
  return openMigrated(file, 'library', libraryMigrations);
}

/** What users write (bookmarks, notes, collections): never rebuilt, never touched by ingest. */
export function openUserDb(file: string): Database.Database {
  return openMigrated(file, 'user', userMigrations);
}
