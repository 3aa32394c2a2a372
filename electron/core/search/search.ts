// Full-text search over the library: documents ranked by bm25 (metadata above page text), each
// with its best pages and a highlighted snippet per page, facet counts for the current query.
import type Database from 'better-sqlite3';
import type { PageHit, SearchHit, SearchRequest, SearchResponse } from '../../shared/types.ts';
import { readSummaries } from '../library/document-reader.ts';
import { PAGE_ROWID_SHIFT } from '../library/document-record.ts';
import type { AttributeIndex } from './document-attributes.ts';
import { applyFilters, computeFacets } from './facets.ts';
import { toMatchExpression } from './match-expression.ts';
import { parseQuery } from './query-parser.ts';
import type { ParsedQuery } from './query-parser.ts';
import { makeSnippet } from './snippet.ts';

export const MAX_QUERY_LENGTH = 1000;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const PAGES_PER_HIT = 3;
const PAGE_SPAN = 2 ** PAGE_ROWID_SHIFT;

/** Column weights: a word in the title counts ten times one in the body; cluster matches least. */
const PAGE_RANK = 'bm25(pages_fts, 1.0, 0.3)';
const META_RANK = 'bm25(docs_fts, 10.0, 5.0, 3.0, 2.0, 0.5)';
const PAGE_COLUMNS = { words: ['body'], clusters: 'sea' };
const META_COLUMNS = { words: ['title', 'summary', 'keywords', 'organisations'], clusters: 'sea' };

interface Scored {
  score: number;
  pageMatches: number;
}

function matchingDocuments(db: Database.Database, query: ParsedQuery): Map<number, Scored> | null {
  const pages = toMatchExpression(query, PAGE_COLUMNS);
  const meta = toMatchExpression(query, META_COLUMNS);
  if (pages.positive === null && meta.positive === null) return null;
  const scored = new Map<number, Scored>();
  if (pages.positive !== null) {
    const rows = db
      .prepare(
        `WITH m AS MATERIALIZED (SELECT rowid >> ${PAGE_ROWID_SHIFT} AS d, ${PAGE_RANK} AS r FROM pages_fts WHERE pages_fts MATCH ?)
         SELECT d, min(r) AS best, count(*) AS n FROM m GROUP BY d`,
      )
      .raw()
      .all(pages.positive) as [number, number, number][];
    for (const [d, best, n] of rows) scored.set(d, { score: -best + 0.05 * Math.log1p(n), pageMatches: n });
  }
  if (meta.positive !== null) {
    const rows = db.prepare(`SELECT rowid, ${META_RANK} FROM docs_fts WHERE docs_fts MATCH ?`).raw().all(meta.positive) as [
      number,
      number,
    ][];
    for (const [d, r] of rows) {
      const current = scored.get(d);
      scored.set(d, { score: (current?.score ?? 0) + -r, pageMatches: current?.pageMatches ?? 0 });
    }
  }
  return scored;
}

function excludedDocuments(db: Database.Database, query: ParsedQuery): Set<number> {
  const pages = toMatchExpression(query, PAGE_COLUMNS).negative;
  const meta = toMatchExpression(query, META_COLUMNS).negative;
  const excluded = new Set<number>();
  if (pages !== null) {
    for (const d of db.prepare(`SELECT DISTINCT rowid >> ${PAGE_ROWID_SHIFT} FROM pages_fts WHERE pages_fts MATCH ?`).pluck().all(pages)) {
      excluded.add(d as number);
    }
  }
  if (meta !== null) {
    for (const d of db.prepare('SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?').pluck().all(meta)) excluded.add(d as number);
  }
  return excluded;
}

function bestPages(db: Database.Database, query: ParsedQuery, rowid: number): PageHit[] {
  const expression = toMatchExpression(query, PAGE_COLUMNS).positive;
  if (expression === null) return [];
  const pageNos = db
    .prepare(`SELECT rowid - ? FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${PAGE_RANK} LIMIT ?`)
    .pluck()
    .all(rowid * PAGE_SPAN, expression, rowid * PAGE_SPAN, rowid * PAGE_SPAN + PAGE_SPAN - 1, PAGES_PER_HIT) as number[];
  const text = db.prepare<[number, number], string>('SELECT text FROM pages WHERE document_rowid = ? AND page_no = ?').pluck();
  return pageNos.map((page) => ({ page, snippet: makeSnippet(text.get(rowid, page) ?? '', query) }));
}

function compareYearDesc(a: number | null | undefined, b: number | null | undefined): number {
  return (b ?? -Infinity) - (a ?? -Infinity);
}

export function search(db: Database.Database, index: AttributeIndex, request: SearchRequest): SearchResponse {
  const started = performance.now();
  const query = parseQuery(request.query.slice(0, MAX_QUERY_LENGTH));
  const filters = request.filters ?? {};
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.floor(request.offset ?? 0));

  const matched = matchingDocuments(db, query);
  const excluded = excludedDocuments(db, query);
  const candidates = (matched ? [...matched.keys()] : [...index.documents.keys()]).filter((d) => !excluded.has(d));
  const facets = computeFacets(candidates, index, filters);
  const results = applyFilters(candidates, index, filters);

  const sort = request.sort ?? 'relevance';
  const attr = (d: number) => index.documents.get(d);
  const score = (d: number) => matched?.get(d)?.score ?? 0;
  const byTitle = (a: number, b: number) => (attr(a)?.title ?? '').localeCompare(attr(b)?.title ?? '');
  results.sort((a, b) => {
    if (sort === 'title') return byTitle(a, b);
    if (sort === 'year') return compareYearDesc(attr(a)?.year, attr(b)?.year) || score(b) - score(a) || byTitle(a, b);
    return matched ? score(b) - score(a) || compareYearDesc(attr(a)?.year, attr(b)?.year) : compareYearDesc(attr(a)?.year, attr(b)?.year) || byTitle(a, b);
  });

  const pageOfResults = results.slice(offset, offset + limit);
  const summaries = readSummaries(db, pageOfResults);
  const hits: SearchHit[] = summaries.map((document, i) => {
    const rowid = pageOfResults[i]!;
    return { document, score: Math.round(score(rowid) * 1000) / 1000, pages: matched ? bestPages(db, query, rowid) : [] };
  });
  return { total: results.length, hits, facets, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
