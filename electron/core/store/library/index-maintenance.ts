import type Database from 'better-sqlite3';

const FULL_TEXT_INDEXES = ['pages_fts', 'doc_text_fts', 'doc_words_fts', 'docs_fts'];

/** Merges each full-text index's segments into one b-tree, which queries then read alone. */
export function optimiseFullTextIndexes(db: Database.Database): void {
  for (const table of FULL_TEXT_INDEXES)
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
}
