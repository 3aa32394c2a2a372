// Full-text search over the library: documents ranked by bm25 (metadata above page text), each
// with its best pages and a highlighted snippet per page, facet counts for the current query.
// What a search costs is the commonest words' occurrences: query-plan.ts decides from the
// library's own word counts which phrases are worth weighing, so those words are only matched.
import type {
  Facets,
  PageHit,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SortOrder,
} from '#shared/types.ts';
import { documentRowidOf } from '../library/document-record.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { bestPages } from './best-pages.ts';
import type { AttributeIndex } from './document-attributes.ts';
import { applyFilters, computeFacets } from './facets.ts';
import { toMatchExpression, withinDocuments } from './match-expression.ts';
import type { MatchColumns } from './match-expression.ts';
import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';
import { boundedQuery, DEFAULT_QUERY_BOUNDS } from './query-bounds.ts';
import type { QueryBounds } from './query-bounds.ts';
import { isPositional, planMetadata, planQuery } from './query-plan.ts';
import type { QueryPlan } from './query-plan.ts';
import { asWholeWords, wholeWordQuery } from './whole-words.ts';

export const MAX_QUERY_LENGTH = 1000;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

const META_COLUMNS = {
  words: ['title', 'summary', 'keywords', 'organisations'],
  clusters: 'sea',
  exact: 'exact',
};

/** One of the two indexes of document text, with how queries address it. */
interface DocumentIndex {
  table: 'doc_text_fts' | 'doc_words_fts';
  columns: MatchColumns;
}

const DOCUMENT_TEXT: DocumentIndex = {
  table: 'doc_text_fts',
  columns: { words: ['body'], clusters: 'sea', exact: 'exact', clustersCoverWords: true },
};
/** Only terms that need no positions go to the document words, so its clusters are never used. */
const DOCUMENT_WORDS: DocumentIndex = {
  table: 'doc_words_fts',
  columns: { words: ['body'], clusters: 'body' },
};

/** The smaller index of document words when no term needs word positions. */
function indexFor(terms: Term[]): DocumentIndex {
  return terms.some(isPositional) ? DOCUMENT_TEXT : DOCUMENT_WORDS;
}

interface Matches {
  /** Documents whose page text matches, with their text score. */
  text: Map<number, number>;
  /** Every matching document (text or metadata) with its score. */
  all: Map<number, number>;
}

/** Candidates left to check page by page at most: beyond, one pass over the index costs less. */
const MAX_CHECKED_BY_PAGE = 500;

/**
 * The documents whose text matches `expression` (plan.text over `index`). A Thai, Lao, Khmer or
 * Burmese term matches by the phrase of its cluster pairs, and reading that phrase's positions over
 * every document of its script is most of what such a search costs. So the phrase is read only
 * where it decides: the documents holding the pairs anywhere (no positions read) are the
 * candidates; those where the term is whole words match for sure (the ranking pass and the
 * whole-word order read those anyway); the candidates left are checked in their pages, through the
 * page index's document column, or over the whole index when they are many.
 */
function documentsMatching(
  library: LibraryStore,
  plan: QueryPlan,
  index: DocumentIndex,
  expression: string,
): number[] {
  const whole = wholeWordQuery(plan.text);
  const anywhere = toMatchExpression(plan.text, index.columns, true).positive;
  if (whole === null || anywhere === null || anywhere === expression) {
    return library.matchingRows(index.table, expression);
  }
  const candidates = library.matchingRows(index.table, anywhere);
  const wholeIndex = indexFor(whole.required.flat());
  const wholeExpression = toMatchExpression(whole, wholeIndex.columns).positive;
  const sure = new Set(
    wholeExpression === null ? [] : library.matchingRows(wholeIndex.table, wholeExpression),
  );
  const unsure = candidates.filter((d) => !sure.has(d));
  if (unsure.length === 0) return candidates;
  if (unsure.length > Math.min(MAX_CHECKED_BY_PAGE, candidates.length / 4)) {
    return library.matchingRows(index.table, expression);
  }
  // The page index has the document text's columns, so the same expression reads them.
  const confirmed = new Set(
    library.matchingRows('pages_fts', withinDocuments(expression, unsure)).map(documentRowidOf),
  );
  return candidates.filter((d) => sure.has(d) || confirmed.has(d));
}

/** Each document's summed bm25 (negated) over the ranking terms, each in the index it needs. */
function rankingWeights(library: LibraryStore, ranking: Term[]): Map<number, number> {
  const weights = new Map<number, number>();
  for (const part of [DOCUMENT_WORDS, DOCUMENT_TEXT]) {
    const terms = ranking.filter((t) => indexFor([t]) === part);
    const expression = toMatchExpression(
      { required: [terms], excluded: [] },
      part.columns,
    ).positive;
    if (terms.length === 0 || expression === null) continue;
    for (const [d, r] of library.rankedRows(part.table, expression)) {
      weights.set(d, (weights.get(d) ?? 0) - r);
    }
  }
  return weights;
}

/**
 * Documents whose text matches, scored by bm25 when `scored`: words are weighed in the document
 * words (once per page that uses them), phrases in the document text. A Thai, Lao, Khmer or
 * Burmese term is matched by its clusters but weighed as whole words: FTS5 counts every phrase it
 * weighs over the whole index, and its cluster phrase reads the commonest clusters of every
 * document of its script; a document holding it only inside longer words weighs nothing by it.
 * When some phrase is in at least half the documents, or words and phrases are mixed, matching
 * and ranking are separate passes, so the commonest words are never read occurrence by occurrence.
 */
function textMatches(library: LibraryStore, plan: QueryPlan, scored: boolean): Map<number, number> {
  const index = indexFor(plan.text.required.flat());
  const expression = toMatchExpression(plan.text, index.columns).positive;
  if (expression === null) return new Map();
  const weighed = plan.ranking?.required.flat() ?? [];
  const ranking = weighed.map(asWholeWords);
  const clustersWeighed = weighed.some((t) => t.sea.length > 0);
  if (
    scored &&
    plan.rankingComplete &&
    !clustersWeighed &&
    ranking.every((t) => indexFor([t]) === index)
  ) {
    const scores = new Map<number, number>();
    for (const [d, r] of library.rankedRows(index.table, expression)) scores.set(d, -r);
    return scores;
  }
  // Weighed first: the documents where the query's Thai, Lao, Khmer and Burmese terms are whole
  // words are then read once, for their weights and for the matching alike.
  const weights = scored ? rankingWeights(library, ranking) : new Map<number, number>();
  const matches = new Map<number, number>();
  for (const d of documentsMatching(library, plan, index, expression)) {
    matches.set(d, weights.get(d) ?? 0);
  }
  return matches;
}

/**
 * Documents matching in their text or their metadata, each scored (when `scored`) by the sum of
 * both bm25s; metadata phrases in at least half the documents are matched but not weighed.
 */
function matchingDocuments(
  library: LibraryStore,
  query: ParsedQuery,
  plan: QueryPlan,
  documentCount: number,
  scored: boolean,
): Matches | null {
  const meta = toMatchExpression(query, META_COLUMNS).positive;
  if (plan.text.required.length === 0 && meta === null) return null;
  const text = textMatches(library, plan, scored);
  const all = new Map(text);
  if (meta === null) return { text, all };
  const metaPlan = planMetadata(library, query, documentCount);
  if (scored && metaPlan.rankingComplete) {
    for (const [d, r] of library.rankedRows('docs_fts', meta)) all.set(d, (all.get(d) ?? 0) - r);
    return { text, all };
  }
  const found = library.matchingRows('docs_fts', meta);
  for (const d of found) all.set(d, all.get(d) ?? 0);
  const ranking = metaPlan.ranking && toMatchExpression(metaPlan.ranking, META_COLUMNS).positive;
  if (scored && ranking) {
    const inMeta = new Set(found);
    for (const [d, r] of library.rankedRows('docs_fts', ranking)) {
      if (inMeta.has(d)) all.set(d, (all.get(d) ?? 0) - r);
    }
  }
  return { text, all };
}

function excludedDocuments(
  library: LibraryStore,
  query: ParsedQuery,
  plan: QueryPlan,
): Set<number> {
  const excluded = new Set<number>();
  const index = indexFor(plan.text.excluded);
  const text = toMatchExpression(plan.text, index.columns).negative;
  if (text !== null) for (const d of library.matchingRows(index.table, text)) excluded.add(d);
  const meta = toMatchExpression(query, META_COLUMNS).negative;
  if (meta !== null) for (const d of library.matchingRows('docs_fts', meta)) excluded.add(d);
  return excluded;
}

/**
 * The documents where the query's Thai, Lao, Khmer and Burmese terms are whole words, in the text
 * or in the metadata; null when it has no such term.
 */
function wholeWordDocuments(
  library: LibraryStore,
  query: ParsedQuery,
  plan: QueryPlan,
): Set<number> | null {
  const text = wholeWordQuery(plan.text);
  const meta = wholeWordQuery(query);
  if (text === null || meta === null) return null;
  const found = new Set<number>();
  const index = indexFor(text.required.flat());
  const textExpression = toMatchExpression(text, index.columns).positive;
  if (textExpression !== null) {
    for (const d of library.matchingRows(index.table, textExpression)) found.add(d);
  }
  const metaExpression = toMatchExpression(meta, META_COLUMNS).positive;
  if (metaExpression !== null) {
    for (const d of library.matchingRows('docs_fts', metaExpression)) found.add(d);
  }
  return found;
}

interface SortKey {
  rowid: number;
  /** 1 when the query's Thai, Lao, Khmer and Burmese terms are whole words in the document. */
  whole: number;
  score: number;
  year: number;
  title: number;
}

const MAX_KEPT_IN_ORDER = 500;

/**
 * The first `count` results in the order asked for: by relevance (whole words before letters
 * inside longer words, then score, then newest, then title), by year (then relevance, then title)
 * or by title; without a query, relevance means newest first. Only those are kept in order, so a
 * page of results from many thousands costs one pass over them; ties keep the results' order, as a
 * stable sort of them all would.
 */
function firstResults(
  results: number[],
  index: AttributeIndex,
  sort: SortOrder,
  scores: Map<number, number> | null,
  whole: Set<number> | null,
  count: number,
): number[] {
  const compare: (a: SortKey, b: SortKey) => number =
    sort === 'title'
      ? (a, b) => a.title - b.title
      : sort === 'year' || scores === null
        ? (a, b) => b.year - a.year || b.whole - a.whole || b.score - a.score || a.title - b.title
        : (a, b) => b.whole - a.whole || b.score - a.score || b.year - a.year || a.title - b.title;
  const fill = (key: SortKey, rowid: number): SortKey => {
    const slot = index.slotOf(rowid);
    key.rowid = rowid;
    key.whole = whole === null || whole.has(rowid) ? 1 : 0;
    key.score = scores?.get(rowid) ?? 0;
    key.year = slot < 0 ? -Infinity : index.years[slot]!;
    key.title = slot < 0 ? 0 : index.titleRanks[slot]!;
    return key;
  };
  const keyOf = (rowid: number): SortKey =>
    fill({ rowid: 0, whole: 0, score: 0, year: 0, title: 0 }, rowid);
  // Far down the results (a late page), sorting them all costs less than keeping so many in order.
  if (count > MAX_KEPT_IN_ORDER) {
    return results
      .map(keyOf)
      .sort(compare)
      .slice(0, count)
      .map((k) => k.rowid);
  }
  const best: SortKey[] = [];
  // Most results do not make the first page: each is weighed in one reused key, not a new one.
  const candidate = keyOf(0);
  for (const rowid of results) {
    if (best.length === count && compare(fill(candidate, rowid), best[count - 1]!) >= 0) continue;
    const key = keyOf(rowid);
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(key, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, key);
    if (best.length > count) best.pop();
  }
  return best.map((k) => k.rowid);
}

/**
 * The library with each FTS5 statement of one query's search run at most once: the documents
 * where a Thai, Lao, Khmer or Burmese term is a whole word are those its ranking pass weighed, and
 * reading a phrase's positions over a million pages again costs tens of milliseconds.
 */
function rowsReadOnce(library: LibraryStore): LibraryStore {
  const ranked = new Map<string, [number, number][]>();
  const matching = new Map<string, number[]>();
  return {
    ...library,
    rankedRows(table, expression) {
      const key = `${table} ${expression}`;
      let rows = ranked.get(key);
      if (!rows) ranked.set(key, (rows = library.rankedRows(table, expression)));
      return rows;
    },
    matchingRows(table, expression) {
      const key = `${table} ${expression}`;
      const rankedAlready = ranked.get(key);
      if (rankedAlready) return rankedAlready.map(([d]) => d);
      let rows = matching.get(key);
      if (!rows) matching.set(key, (rows = library.matchingRows(table, expression)));
      return rows;
    },
  };
}

/** What a query matched, before filters, sorting and paging. */
interface QueryMatches {
  plan: QueryPlan;
  matches: Matches | null;
  /** Matching documents that no excluded term rules out (every document without a query). */
  candidates: number[];
  whole: Set<number> | null;
  /** Facet counts and filtered results, by the filters chosen: the next page needs them again. */
  filtered: Map<string, { facets: Facets; results: number[] }>;
}

/**
 * The last few queries' matches, for the searches that refine one: a filter chosen, another sort
 * order, the next page. They read the index again only when the query changes. Kept per attribute
 * index, which is built anew whenever the library changes, so nothing outlives the library as it was.
 */
const recentMatches = new WeakMap<AttributeIndex, Map<string, QueryMatches>>();
const RECENT_QUERIES = 4;
const RECENT_FILTERS = 8;

function queryMatches(
  library: LibraryStore,
  index: AttributeIndex,
  query: ParsedQuery,
  scored: boolean,
): QueryMatches {
  let recent = recentMatches.get(index);
  if (!recent) recentMatches.set(index, (recent = new Map()));
  const key = JSON.stringify([query, scored]);
  const found = recent.get(key);
  if (found) {
    recent.delete(key);
    recent.set(key, found);
    return found;
  }
  const rows = rowsReadOnce(library);
  const plan = planQuery(library, query, index.count);
  const matches = matchingDocuments(rows, query, plan, index.count, scored);
  const matched = matches?.all ?? null;
  const excluded = excludedDocuments(rows, query, plan);
  const candidates: number[] = [];
  for (const d of matched ? matched.keys() : index.rowids) if (!excluded.has(d)) candidates.push(d);
  const whole = matched && scored ? wholeWordDocuments(rows, query, plan) : null;
  const result = { plan, matches, candidates, whole, filtered: new Map() };
  recent.set(key, result);
  if (recent.size > RECENT_QUERIES) recent.delete(recent.keys().next().value!);
  return result;
}

/** Throws QueryTooBroadError, before reading the index, for a query beyond `bounds`. */
export function search(
  library: LibraryStore,
  index: AttributeIndex,
  request: SearchRequest,
  bounds: QueryBounds = DEFAULT_QUERY_BOUNDS,
): SearchResponse {
  const started = performance.now();
  const text = request.query.slice(0, MAX_QUERY_LENGTH);
  const query = boundedQuery(library, text, request.typing === true, bounds);
  const filters = request.filters ?? {};
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.floor(request.offset ?? 0));

  const sort = request.sort ?? 'relevance';
  const { plan, matches, candidates, whole, filtered } = queryMatches(
    library,
    index,
    query,
    sort !== 'title',
  );
  const matched = matches?.all ?? null;
  const filtersKey = JSON.stringify(filters);
  let filteredResults = filtered.get(filtersKey);
  if (!filteredResults) {
    filteredResults = {
      facets: computeFacets(candidates, index, filters),
      results: applyFilters(candidates, index, filters),
    };
    filtered.set(filtersKey, filteredResults);
    if (filtered.size > RECENT_FILTERS) filtered.delete(filtered.keys().next().value!);
  }
  const { facets, results } = filteredResults;

  const score = (d: number) => matched?.get(d) ?? 0;
  const pageOfResults = firstResults(results, index, sort, matched, whole, offset + limit).slice(
    offset,
  );
  const summaries = library.readSummaries(pageOfResults);
  const pages = matches
    ? bestPages(
        library,
        plan,
        query,
        pageOfResults.filter((d) => matches.text.has(d)),
      )
    : new Map<number, PageHit[]>();
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
