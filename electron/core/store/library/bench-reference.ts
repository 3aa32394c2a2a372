// The benchmark's yardstick: a plain FTS5 table over the same page text, able to make its own
// snippets, queried bare (a ranked MATCH with a snippet, 10 rows). It is not part of the library's
// schema: the benchmark adds it to its own database.
import type Database from 'better-sqlite3';

export function createReferenceIndex(db: Database.Database): void {
  db.exec(
    "CREATE VIRTUAL TABLE ref_fts USING fts5(text, content='pages', content_rowid='rowid'); INSERT INTO ref_fts(ref_fts) VALUES ('rebuild');",
  );
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
  const query = db.prepare<[string]>(
    "SELECT rowid, snippet(ref_fts, 0, '[', ']', '…', 16) FROM ref_fts WHERE ref_fts MATCH ? ORDER BY rank LIMIT 10",
  );
  return (expression) => query.all(expression);
}
