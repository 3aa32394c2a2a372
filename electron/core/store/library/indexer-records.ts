// The rows the indexer reads and writes itself; documents are written through the document writer.
import type Database from 'better-sqlite3';

/** What the indexer knows of a stored document before it decides what to do with its file. */
export interface StoredDocument {
  rowid: number;
  id: string;
  path: string | null;
  entry_key: string | null;
  metadata_hash: string;
  metadata_source: string;
  added_at: string;
  text_version: number;
}

export function readStoredDocuments(db: Database.Database): StoredDocument[] {
  return db
    .prepare<[], StoredDocument>(
      `SELECT rowid, id, path, entry_key, metadata_hash, metadata_source, added_at, text_version
       FROM documents`,
    )
    .all();
}

export function countDocuments(db: Database.Database): number {
  return db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
}

/** The fingerprint of the taxonomy last applied, or undefined before the first. */
export function readTaxonomyHash(db: Database.Database): string | undefined {
  return db
    .prepare<[], string>("SELECT value FROM library_info WHERE key = 'taxonomy_hash'")
    .pluck()
    .get();
}

export function writeTaxonomyHash(db: Database.Database, hash: string): void {
  db.prepare("INSERT OR REPLACE INTO library_info (key, value) VALUES ('taxonomy_hash', ?)").run(
    hash,
  );
}

export function hasCountry(db: Database.Database, code: string): boolean {
  return db.prepare('SELECT 1 FROM countries WHERE code = ?').get(code) !== undefined;
}

export function hasOrganisation(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM organisations WHERE id = ?').get(id) !== undefined;
}

export function hasTheme(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM themes WHERE id = ?').get(id) !== undefined;
}
