// The query highlight and "find in this document" as highlighters, and how often each occurs on
// every page of the document's text (once that text is loaded).
import { useMemo } from 'react';
import type { PageText } from '#shared/types.ts';
import {
  findHighlighter as findHighlighterOf,
  queryHighlighter as queryHighlighterOf,
} from './highlight/highlighter.ts';
import type { Highlighter } from './highlight/highlighter.ts';
import { matchesPerPage } from './highlight/page-matches.ts';
import type { PageMatches } from './highlight/page-matches.ts';

export interface Matching {
  queryHighlighter: Highlighter | null;
  findHighlighter: Highlighter | null;
  queryMatches: PageMatches | null;
  findMatches: PageMatches | null;
}

export function useMatching(
  query: string,
  findText: string,
  pageTexts: PageText[] | null,
): Matching {
  const queryHighlighter = useMemo(() => queryHighlighterOf(query), [query]);
  const findHighlighter = useMemo(() => findHighlighterOf(findText), [findText]);
  const queryMatches = useMemo(
    () => (pageTexts && queryHighlighter ? matchesPerPage(pageTexts, queryHighlighter) : null),
    [pageTexts, queryHighlighter],
  );
  const findMatches = useMemo(
    () => (pageTexts && findHighlighter ? matchesPerPage(pageTexts, findHighlighter) : null),
    [pageTexts, findHighlighter],
  );
  return { queryHighlighter, findHighlighter, queryMatches, findMatches };
}
