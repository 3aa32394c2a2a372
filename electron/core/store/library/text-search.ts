// The full-text indexes as search reads them: which rows match an FTS5 expression, how bm25 ranks
// them, and the vocabularies that tell in how many documents a word occurs. Statements are
// prepared once per connection: a search runs many, with the same few texts.
import type Database from 'better-sqlite3';
import { pageRowidRange } from '../../library/document-record.ts';
import { statement } from '../statement-cache.ts';

/** Document text, document words, document metadata and page text (see migration 0001). */
export type FullTextIndex = 'doc_text_fts' | 'doc_words_fts' | 'docs_fts' | 'pages_fts';

/** The vocabulary views: of the document words, and of the document metadata. */
export type Vocabulary = 'doc_words_vocab' | 'docs_vocab';

/** Column weights for bm25, in each index's column order. */
const RANK: Record<FullTextIndex, string> = {
  // A word typed with marks is matched in the exact column alone: it weighs as a word of the text.
  doc_text_fts: 'bm25(doc_text_fts, 1.0, 0.3, 1.0)',
  doc_words_fts: 'bm25(doc_words_fts)',
  // A word in the title counts ten times one in the body; cluster matches least; the exact column
  // holds title, summary, keywords and organisations together.
  docs_fts: 'bm25(docs_fts, 10.0, 5.0, 3.0, 2.0, 0.5, 5.0)',
  // The document column only narrows a match to some documents: it weighs nothing.
  pages_fts: 'bm25(pages_fts, 1.0, 0.3, 0.0, 1.0)',
};

/** Rowids of the index's rows matching `expression`. */
export function matchingRows(
  db: Database.Database,
  index: FullTextIndex,
  expression: string,
): number[] {
  return statement<[string], number>(db, `SELECT rowid FROM ${index} WHERE ${index} MATCH ?`)
    .pluck()
    .all(expression);
}

/** Each matching row with its bm25 (negative: the lower, the better). */
export function rankedRows(
  db: Database.Database,
  index: FullTextIndex,
  expression: string,
): [number, number][] {
  return statement<[string], [number, number]>(
    db,
    `SELECT rowid, ${RANK[index]} FROM ${index} WHERE ${index} MATCH ?`,
  )
    .raw()
    .all(expression);
}

/** In how many documents an indexed word occurs. */
export function documentFrequency(
  db: Database.Database,
  vocabulary: Vocabulary,
  word: string,
): number {
  return (
    statement<[string], number>(db, `SELECT doc FROM ${vocabulary} WHERE term = ?`)
      .pluck()
      .get(word) ?? 0
  );
}

/** Up to `limit` indexed document words from `prefix` on, in order, with their document counts. */
export function wordsFrom(
  db: Database.Database,
  prefix: string,
  limit: number,
): [string, number][] {
  return statement<[string, string, number], [string, number]>(
    db,
    'SELECT term, doc FROM doc_words_vocab WHERE term >= ? AND term <= ? LIMIT ?',
  )
    .raw()
    .all(prefix, `${prefix}\u{10ffff}`, limit);
}

/** Up to `limit` tokens of the document text index from `prefix` on, in order (all its columns'). */
export function textTokensFrom(db: Database.Database, prefix: string, limit: number): string[] {
  return statement<[string, string, number], string>(
    db,
    'SELECT term FROM doc_text_vocab WHERE term >= ? AND term <= ? LIMIT ?',
  )
    .pluck()
    .all(prefix, `${prefix}\u{10ffff}`, limit);
}

/** How many indexed document words start with `prefix`, counted up to `limit`. */
export function countWordsFrom(db: Database.Database, prefix: string, limit: number): number {
  return statement<[string, string, number], number>(
    db,
    'SELECT count(*) FROM (SELECT term FROM doc_words_vocab WHERE term >= ? AND term <= ? LIMIT ?)',
  )
    .pluck()
    .get(prefix, `${prefix}\u{10ffff}`, limit)!;
}

/**
 * The length in bytes of each page of `documents` (page rowids carry their document's, see
 * document-record.ts): one range of the pages table per document, without reading the text.
 */
export function pageLengths(
  db: Database.Database,
  documents: readonly number[],
): Map<number, number> {
  const read = statement<[number, number], [number, number]>(
    db,
    'SELECT rowid, text_bytes FROM pages WHERE rowid BETWEEN ? AND ?',
  ).raw();
  const lengths = new Map<number, number>();
  for (const document of documents) {
    const [first, last] = pageRowidRange(document);
    for (const [rowid, bytes] of read.all(first, last)) lengths.set(rowid, bytes);
  }
  return lengths;
}
