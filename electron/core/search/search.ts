// Full-text search over the library: documents ranked by bm25 (metadata above page text), each
// with its best pages and a highlighted snippet per page, facet counts for the current query.
import type Database from 'better-sqlite3';
import type {
  PageHit,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SortOrder,
} from '../../shared/types.ts';
import { statement } from '../db/statement-cache.ts';
import { readSummaries } from '../library/document-reader.ts';
import { PAGE_ROWID_SHIFT } from '../library/document-record.ts';
import type { AttributeIndex } from './document-attributes.ts';
import { applyFilters, computeFacets } from './facets.ts';
import { toMatchExpression } from './match-expression.ts';
import { parseQuery } from './query-parser.ts';
import type { ParsedQuery } from './query-parser.ts';
import { makeSnippet } from './snippet.ts';

export const MAX_QUERY_LENGTH = 1000;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
const PAGES_PER_HIT = 3;
const PAGE_SPAN = 2 ** PAGE_ROWID_SHIFT;

/** Column weights: a word in the title counts ten times one in the body; cluster matches least. */
const PAGE_RANK = 'bm25(pages_fts, 1.0, 0.3)';
const TEXT_RANK = 'bm25(doc_text_fts, 1.0, 0.3)';
const META_RANK = 'bm25(docs_fts, 10.0, 5.0, 3.0, 2.0, 0.5)';
const PAGE_COLUMNS = { words: ['body'], clusters: 'sea' };
const TEXT_COLUMNS = PAGE_COLUMNS;
const META_COLUMNS = { words: ['title', 'summary', 'keywords', 'organisations'], clusters: 'sea' };

function matchingDocuments(db: Database.Database, query: ParsedQuery): Map<number, number> | null {
  const text = toMatchExpression(query, TEXT_COLUMNS);
  const meta = toMatchExpression(query, META_COLUMNS);
  if (text.positive === null && meta.positive === null) return null;
  const scored = new Map<number, number>();
  if (text.positive !== null) {
    const rows = statement(
      db,
      `SELECT rowid, ${TEXT_RANK} FROM doc_text_fts WHERE doc_text_fts MATCH ?`,
    )
      .raw()
      .all(text.positive) as [number, number][];
    for (const [d, r] of rows) scored.set(d, -r);
  }
  if (meta.positive !== null) {
    const rows = statement(db, `SELECT rowid, ${META_RANK} FROM docs_fts WHERE docs_fts MATCH ?`)
      .raw()
      .all(meta.positive) as [number, number][];
    for (const [d, r] of rows) scored.set(d, (scored.get(d) ?? 0) - r);
  }
  return scored;
}

function excludedDocuments(db: Database.Database, query: ParsedQuery): Set<number> {
  const text = toMatchExpression(query, TEXT_COLUMNS).negative;
  const meta = toMatchExpression(query, META_COLUMNS).negative;
  const excluded = new Set<number>();
  for (const [table, expression] of [
    ['doc_text_fts', text],
    ['docs_fts', meta],
  ] as const) {
    if (expression === null) continue;
    for (const d of statement(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`)
      .pluck()
      .all(expression))
      excluded.add(d as number);
  }
  return excluded;
}

/**
 * The best pages of the documents shown, in one pass over the page index: FTS5 scans a term's
 * whole doclist even for a rowid range, so one filtered scan beats one query per document.
 */
function bestPages(
  db: Database.Database,
  query: ParsedQuery,
  rowids: number[],
): Map<number, PageHit[]> {
  const hits = new Map<number, PageHit[]>();
  const expression = toMatchExpression(query, PAGE_COLUMNS).positive;
  if (expression === null || rowids.length === 0) return hits;
  const rows = statement(
    db,
    `SELECT rowid, ${PAGE_RANK} AS r FROM pages_fts
     WHERE pages_fts MATCH ? AND (rowid >> ${PAGE_ROWID_SHIFT}) IN (SELECT value FROM json_each(?)) ORDER BY r`,
  )
    .raw()
    .all(expression, JSON.stringify(rowids)) as [number, number][];
  const text = statement<[number], string>(db, 'SELECT text FROM pages WHERE rowid = ?').pluck();
  for (const [pageRowid] of rows) {
    const d = Math.floor(pageRowid / PAGE_SPAN);
    const list = hits.get(d) ?? [];
    if (list.length >= PAGES_PER_HIT) continue;
    list.push({
      page: pageRowid - d * PAGE_SPAN,
      snippet: makeSnippet(text.get(pageRowid) ?? '', query),
    });
    hits.set(d, list);
  }
  return hits;
}

interface SortKey {
  rowid: number;
  score: number;
  year: number;
  title: number;
}

/**
 * Results in the order asked for: by relevance (then newest, then title), by year (then
 * relevance, then title) or by title; without a query, relevance means newest first.
 */
function orderResults(
  results: number[],
  index: AttributeIndex,
  sort: SortOrder,
  scores: Map<number, number> | null,
): number[] {
  const keys: SortKey[] = results.map((rowid) => {
    const doc = index.documents.get(rowid);
    return {
      rowid,
      score: scores?.get(rowid) ?? 0,
      year: doc?.year ?? -Infinity,
      title: doc?.titleRank ?? 0,
    };
  });
  const compare: (a: SortKey, b: SortKey) => number =
    sort === 'title'
      ? (a, b) => a.title - b.title
      : sort === 'year' || scores === null
        ? (a, b) => b.year - a.year || b.score - a.score || a.title - b.title
        : (a, b) => b.score - a.score || b.year - a.year || a.title - b.title;
  return keys.sort(compare).map((k) => k.rowid);
}

export function search(
  db: Database.Database,
  index: AttributeIndex,
  request: SearchRequest,
): SearchResponse {
  const started = performance.now();
  const query = parseQuery(request.query.slice(0, MAX_QUERY_LENGTH));
  const filters = request.filters ?? {};
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.floor(request.offset ?? 0));

  const matched = matchingDocuments(db, query);
  const excluded = excludedDocuments(db, query);
  const candidates = (matched ? [...matched.keys()] : [...index.documents.keys()]).filter(
    (d) => !excluded.has(d),
  );
  const facets = computeFacets(candidates, index, filters);
  const results = applyFilters(candidates, index, filters);

  const sort = request.sort ?? 'relevance';
  const score = (d: number) => matched?.get(d) ?? 0;
  const pageOfResults = orderResults(results, index, sort, matched).slice(offset, offset + limit);
  const summaries = readSummaries(db, pageOfResults);
  const pages = matched ? bestPages(db, query, pageOfResults) : new Map<number, PageHit[]>();
  const hits: SearchHit[] = summaries.map((document, i) => {
    const rowid = pageOfResults[i]!;
    return {
      document,
      score: Math.round(score(rowid) * 1000) / 1000,
      pages: pages.get(rowid) ?? [],
    };
  });
  return {
    total: results.length,
    hits,
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
