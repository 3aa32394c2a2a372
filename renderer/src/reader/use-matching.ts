// The query highlight and "find in this document" as expressions, and how often each occurs on
// every page of the document's text (once that text is loaded).
import { useMemo } from 'react';
import type { PageText } from '#shared/types.ts';
import { termsExpression } from './highlight/match-terms.ts';
import { matchesPerPage } from './highlight/page-matches.ts';
import type { PageMatches } from './highlight/page-matches.ts';
import { findTerms, highlightTerms } from './highlight/query-terms.ts';

export interface Matching {
  queryExpression: RegExp | null;
  findExpression: RegExp | null;
  queryMatches: PageMatches | null;
  findMatches: PageMatches | null;
}

export function useMatching(
  query: string,
  findText: string,
  pageTexts: PageText[] | null,
): Matching {
  const queryExpression = useMemo(() => termsExpression(highlightTerms(query)), [query]);
  const findExpression = useMemo(() => termsExpression(findTerms(findText)), [findText]);
  const queryMatches = useMemo(
    () => (pageTexts && queryExpression ? matchesPerPage(pageTexts, queryExpression) : null),
    [pageTexts, queryExpression],
  );
  const findMatches = useMemo(
    () => (pageTexts && findExpression ? matchesPerPage(pageTexts, findExpression) : null),
    [pageTexts, findExpression],
  );
  return { queryExpression, findExpression, queryMatches, findMatches };
}
