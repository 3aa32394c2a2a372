// The pages shown under each hit: those matching the whole query, best first, with a snippet each.
import type { PageHit } from '#shared/types.ts';
import { PAGE_ROWID_SHIFT } from '../library/document-record.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { toMatchExpression } from './match-expression.ts';
import type { QueryPlan } from './query-plan.ts';
import type { ParsedQuery } from '#shared/search/query-parser.ts';
import { makeSnippet } from './snippet.ts';
import { wholeWordQuery } from './whole-words.ts';

export const PAGES_PER_HIT = 3;
const PAGE_SPAN = 2 ** PAGE_ROWID_SHIFT;
const PAGE_COLUMNS = { words: ['body'], clusters: 'sea', exact: 'exact' };

/**
 * The expression narrowed to the pages of `documents` through the column that holds each page's
 * document rowid: FTS5 then leaps from one of those pages to the next instead of reading every
 * page that matches, and a phrase that is rare in them cannot send it searching the whole index.
 */
function withinDocuments(expression: string, documents: number[]): string {
  for (const d of documents) {
    if (!Number.isSafeInteger(d) || d < 0) throw new RangeError(`Not a document rowid: ${d}`);
  }
  return `(${expression}) AND {document}: (${documents.map((d) => `"${d}"`).join(' OR ')})`;
}

/**
 * Each document's matching pages with their scores (0 when nothing ranks). When every phrase
 * ranks, one scored pass finds and weighs the pages; otherwise one pass finds them and, if some
 * phrases rank, a second weighs them by those. One statement each, for all the documents: a
 * prefix makes FTS5 merge the doclists of its words again for every statement.
 */
function scoredPages(
  library: LibraryStore,
  plan: QueryPlan,
  expression: string,
  documents: number[],
): Map<number, Map<number, number>> {
  const byDocument = new Map(documents.map((d) => [d, new Map<number, number>()]));
  const add = (rowid: number, score: number) =>
    byDocument.get(Math.floor(rowid / PAGE_SPAN))?.set(rowid, score);
  const ranking = plan.ranking && toMatchExpression(plan.ranking, PAGE_COLUMNS).positive;
  if (ranking && plan.rankingComplete) {
    for (const [rowid, score] of library.rankedRows(
      'pages_fts',
      withinDocuments(expression, documents),
    )) {
      add(rowid, score);
    }
    return byDocument;
  }
  const scores = new Map(
    ranking ? library.rankedRows('pages_fts', withinDocuments(ranking, documents)) : [],
  );
  for (const rowid of library.matchingRows('pages_fts', withinDocuments(expression, documents))) {
    add(rowid, scores.get(rowid) ?? 0);
  }
  return byDocument;
}

/** The pages of `documents` where the query's Thai, Lao, Khmer and Burmese terms are whole words. */
function wholeWordPages(
  library: LibraryStore,
  plan: QueryPlan,
  documents: number[],
): Set<number> | null {
  const whole = wholeWordQuery(plan.text);
  const expression = whole && toMatchExpression(whole, PAGE_COLUMNS).positive;
  if (!expression) return null;
  return new Set(library.matchingRows('pages_fts', withinDocuments(expression, documents)));
}

/**
 * Up to PAGES_PER_HIT pages of each document that match the query as a whole: pages where its
 * Thai, Lao, Khmer and Burmese terms are whole words before those where they are only inside longer
 * words, then the pages with most weight for the ranking phrases, then in page order; `shown` is the
 * query as typed, for the snippets.
 */
export function bestPages(
  library: LibraryStore,
  plan: QueryPlan,
  shown: ParsedQuery,
  documents: number[],
): Map<number, PageHit[]> {
  const hits = new Map<number, PageHit[]>();
  const expression = toMatchExpression(plan.text, PAGE_COLUMNS).positive;
  if (expression === null || documents.length === 0) return hits;
  const whole = wholeWordPages(library, plan, documents);
  const inside = (rowid: number) => (whole === null || whole.has(rowid) ? 0 : 1);
  for (const [document, pages] of scoredPages(library, plan, expression, documents)) {
    // bm25 is negative: the lower, the better; pages without a ranking phrase come after.
    const best = [...pages]
      .map(([rowid, score]) => ({ rowid, score, inside: inside(rowid) }))
      .sort((a, b) => a.inside - b.inside || a.score - b.score || a.rowid - b.rowid)
      .slice(0, PAGES_PER_HIT);
    hits.set(
      document,
      best.map(({ rowid }): PageHit => {
        const page = rowid - document * PAGE_SPAN;
        const confidence = library.pageOcrConfidence(document, page);
        return {
          page,
          snippet: makeSnippet(library.pageText(rowid) ?? '', shown),
          ...(confidence === null ? {} : { ocr: { confidence } }),
        };
      }),
    );
  }
  return hits;
}
