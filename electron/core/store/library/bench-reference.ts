// The benchmark's yardstick: a plain FTS5 table over the same page text, able to make its own
// snippets, queried bare (a ranked MATCH with a snippet, 10 rows). It is not part of the library's
// schema: the benchmark adds it to its own database. Its content is a view of the pages' text,
// unpacked by a function each connection that queries it registers (page-text.ts), so its snippets
// pay for unpacking as the engine's do.
import type Database from 'better-sqlite3';
import { registerPageTextFunctions } from './page-text.ts';

const REFERENCE_SQL =
  "CREATE VIRTUAL TABLE ref_fts USING fts5(text, content='ref_pages', content_rowid='rowid')";

/**
 * Adds the reference index, or makes it again when it was made over another form of the pages
 * (a library converted since it was built).
 */
export function ensureReferenceIndex(db: Database.Database): void {
  registerPageTextFunctions(db);
  const existing = db
    .prepare<[], string>("SELECT sql FROM sqlite_master WHERE name = 'ref_fts'")
    .pluck()
    .get();
  if (existing === REFERENCE_SQL) return;
  db.exec(`
    DROP TABLE IF EXISTS ref_fts;
    DROP VIEW IF EXISTS ref_pages;
    CREATE VIEW ref_pages AS SELECT rowid, unpack_page_text(packed_text) AS text FROM pages;
    ${REFERENCE_SQL};
    INSERT INTO ref_fts(ref_fts) VALUES ('rebuild');
  `);
}

export function referenceIndexBytes(db: Database.Database): number {
  return (
    db
      .prepare<[], number>("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'ref_fts%'")
      .pluck()
      .get() ?? 0
  );
}

/** The bare ranked query, prepared once so that timing it measures FTS5 alone. */
export function bareReferenceQuery(db: Database.Database): (expression: string) => unknown[] {
  registerPageTextFunctions(db);
  const query = db.prepare<[string]>(
    "SELECT rowid, snippet(ref_fts, 0, '[', ']', '…', 16) FROM ref_fts WHERE ref_fts MATCH ? ORDER BY rank LIMIT 10",
  );
  return (expression) => query.all(expression);
}
