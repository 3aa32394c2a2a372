// The pages shown under each hit: those matching the whole query, best first, with a snippet each.
import type { PageHit } from '#shared/types.ts';
import { documentRowidOf, PAGE_ROWID_SHIFT } from '../library/document-record.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { toMatchExpression, withinDocuments } from './match-expression.ts';
import { forPages, pairsForPages } from './query-plan.ts';
import type { QueryPlan } from './query-plan.ts';
import type { ParsedQuery } from '#shared/search/query-parser.ts';
import { presenceWeights } from './page-weights.ts';
import { makeSnippet } from './snippet.ts';
import { wholeWordQuery } from './whole-words.ts';

export const PAGES_PER_HIT = 3;
const PAGE_SPAN = 2 ** PAGE_ROWID_SHIFT;
const PAGE_COLUMNS = { words: ['body'], clusters: 'sea', exact: 'exact', clustersCoverWords: true };

/** Ranking phrases held by at most this many documents are weighed by bm25 (term counts and all). */
export const MAX_DOCUMENTS_WEIGHED_BY_BM25 = 200;

type PageWeights = Map<number, number>;

/**
 * The matching pages weighed by bm25 (negated: the higher, the better), for ranking phrases in few
 * documents: FTS5 counts each phrase over the whole page index before weighing, which costs little
 * only for those. When every phrase ranks, one scored pass finds and weighs the pages; otherwise
 * one pass finds them and a second weighs them by the phrases that rank. One statement each, for
 * all the documents: a prefix makes FTS5 merge the doclists of its words again for every statement.
 */
function bm25Weights(
  library: LibraryStore,
  plan: QueryPlan,
  expression: string,
  documents: number[],
): PageWeights {
  const ranking = plan.ranking && toMatchExpression(plan.ranking, PAGE_COLUMNS).positive;
  if (ranking && plan.rankingComplete) {
    const ranked = library.rankedRows('pages_fts', withinDocuments(expression, documents));
    return new Map(ranked.map(([rowid, score]) => [rowid, -score]));
  }
  const scores = new Map(
    ranking ? library.rankedRows('pages_fts', withinDocuments(ranking, documents)) : [],
  );
  const pages = library.matchingRows('pages_fts', withinDocuments(expression, documents));
  return new Map(pages.map((rowid) => [rowid, -(scores.get(rowid) ?? 0)]));
}

/**
 * The matching pages weighed by which ranking phrases they hold and their length (page-weights.ts),
 * with no count over the whole index: one statement finds the pages, then one per term of a group
 * of alternatives (a OR b) tells which of them hold it (every page found holds a term required on
 * its own), each narrowed to the pages of `documents`.
 */
function presenceWeighedPages(
  library: LibraryStore,
  plan: QueryPlan,
  expression: string,
  documents: number[],
): PageWeights {
  const pages = library.matchingRows('pages_fts', withinDocuments(expression, documents));
  const all = new Set(pages);
  const holding = plan.groups.flatMap((group) =>
    group
      .filter((term) => term.ranking.length > 0)
      .map((term) => {
        const everyForm = group.length === 1 && term.ranking.length === term.matching.length;
        const holds = toMatchExpression({ required: [term.ranking], excluded: [] }, PAGE_COLUMNS);
        if (everyForm || holds.positive === null) return all;
        return new Set(
          library.matchingRows('pages_fts', withinDocuments(holds.positive, documents)),
        );
      }),
  );
  return presenceWeights(pages, holding, library.pageLengths(documents));
}

/** Each document's matching pages with their weights (0 when nothing ranks; the higher, the better). */
function weighedPages(
  library: LibraryStore,
  plan: QueryPlan,
  expression: string,
  documents: number[],
): Map<number, PageWeights> {
  const byDocument = new Map(documents.map((d) => [d, new Map<number, number>()]));
  const weights =
    plan.rankingDocuments <= MAX_DOCUMENTS_WEIGHED_BY_BM25
      ? bm25Weights(library, plan, expression, documents)
      : presenceWeighedPages(library, plan, expression, documents);
  for (const [rowid, weight] of weights) {
    byDocument.get(documentRowidOf(rowid))?.set(rowid, weight);
  }
  return byDocument;
}

/**
 * A planned query over the pages of a few documents, its prefixes spelled out where few enough:
 * FTS5 reads a prefix over the whole page index before narrowing it to those documents' pages.
 */
function pageExpression(library: LibraryStore, text: ParsedQuery): string | null {
  return toMatchExpression(forPages(library, text), PAGE_COLUMNS, false, pairsForPages(library))
    .positive;
}

/** The pages of `documents` where the query's Thai, Lao, Khmer and Burmese terms are whole words. */
function wholeWordPages(
  library: LibraryStore,
  plan: QueryPlan,
  documents: number[],
): Set<number> | null {
  const whole = wholeWordQuery(plan.text);
  const expression = whole && pageExpression(library, whole);
  if (!expression) return null;
  return new Set(library.matchingRows('pages_fts', withinDocuments(expression, documents)));
}

/**
 * Up to PAGES_PER_HIT pages of each document that match the query as a whole: pages where its
 * Thai, Lao, Khmer and Burmese terms are whole words before those where they are only inside longer
 * words, then the pages with most weight for the query's terms, then in page order; `shown` is the
 * query as typed, for the snippets.
 */
export function bestPages(
  library: LibraryStore,
  plan: QueryPlan,
  shown: ParsedQuery,
  documents: number[],
): Map<number, PageHit[]> {
  const hits = new Map<number, PageHit[]>();
  const expression = pageExpression(library, plan.text);
  if (expression === null || documents.length === 0) return hits;
  const whole = wholeWordPages(library, plan, documents);
  const inside = (rowid: number) => (whole === null || whole.has(rowid) ? 0 : 1);
  const chosen = new Map<number, number[]>();
  for (const [document, pages] of weighedPages(library, plan, expression, documents)) {
    const best = [...pages]
      .map(([rowid, weight]) => ({ rowid, weight, inside: inside(rowid) }))
      .sort((a, b) => a.inside - b.inside || b.weight - a.weight || a.rowid - b.rowid)
      .slice(0, PAGES_PER_HIT);
    chosen.set(
      document,
      best.map(({ rowid }) => rowid),
    );
  }
  const confidences = library.pagesOcrConfidence([...chosen.values()].flat());
  for (const [document, rowids] of chosen) {
    hits.set(
      document,
      rowids.map((rowid): PageHit => {
        const confidence = confidences.get(rowid);
        return {
          page: rowid - document * PAGE_SPAN,
          snippet: makeSnippet(library.pageText(rowid) ?? '', shown),
          ...(confidence === undefined ? {} : { ocr: { confidence } }),
        };
      }),
    );
  }
  return hits;
}
