// Replaces the taxonomy when taxonomy.yaml changed, and re-indexes every document's metadata row,
// which carries organisation names.
import type Database from 'better-sqlite3';
import { readMetadata } from '../store/library/document-reader.ts';
import { reindexAllMetadata } from '../store/library/document-writer.ts';
import { replaceTaxonomy } from '../store/library/taxonomy.ts';
import { readTaxonomyHash, writeTaxonomyHash } from '../store/library/indexer-records.ts';
import type { Taxonomy } from './catalog-schema.ts';
import { fingerprint } from './fingerprint.ts';

export function applyTaxonomy(db: Database.Database, taxonomy: Taxonomy | null): void {
  if (!taxonomy) return;
  const hash = fingerprint(taxonomy);
  if (readTaxonomyHash(db) === hash) return;
  db.transaction(() => {
    replaceTaxonomy(db, taxonomy);
    reindexAllMetadata(db, (rowid) => readMetadata(db, rowid));
    writeTaxonomyHash(db, hash);
  })();
}
