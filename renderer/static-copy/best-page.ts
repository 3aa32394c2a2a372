// The page a hit opens at: the one where most of the query's groups of terms match, the earliest
// of equals, from the distinct tokens the exporter kept for each page.
import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';
import { termWordTokens } from '#shared/static-copy/copy-tokens.ts';
import { termClusters } from './copy-search.ts';

interface PageWords {
  tokens: Set<string>;
  list: string[];
}

function hasAll(page: PageWords, words: string[], prefixLast: boolean): boolean {
  if (words.length === 0) return false;
  return words.every((word, i) =>
    prefixLast && i === words.length - 1
      ? page.list.some((token) => token.startsWith(word))
      : page.tokens.has(word),
  );
}

function termOnPage(page: PageWords, term: Term): boolean {
  return (
    hasAll(page, termWordTokens(term), term.prefix) ||
    term.variants.some((v) => page.tokens.has(v)) ||
    hasAll(page, termClusters(term), false)
  );
}

/** The 1-based number of the best page, given each page's tokens joined by spaces. */
export function bestPage(pages: string[], query: ParsedQuery): number {
  let best = 1;
  let bestScore = 0;
  pages.forEach((text, i) => {
    const list = text.split(' ');
    const page = { tokens: new Set(list), list };
    const score = query.required.filter((group) => group.some((t) => termOnPage(page, t))).length;
    if (score > bestScore) {
      best = i + 1;
      bestScore = score;
    }
  });
  return best;
}
