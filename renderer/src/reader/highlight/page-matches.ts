// How many times the terms occur on each page of a document's text, for "3 matches on 2 pages"
// and for jumping to the next page that has one.
import type { PageText } from '#shared/types.ts';
import type { Highlighter } from './highlighter.ts';

export interface PageMatches {
  /** Pages with at least one match, in page order, with their counts. */
  pages: { page: number; count: number }[];
  total: number;
}

export function matchesPerPage(pages: PageText[], highlighter: Highlighter | null): PageMatches {
  if (highlighter === null) return { pages: [], total: 0 };
  const found = pages
    .map((p) => ({ page: p.page, count: highlighter(p.text).length }))
    .filter((p) => p.count > 0)
    .sort((a, b) => a.page - b.page);
  return { pages: found, total: found.reduce((sum, p) => sum + p.count, 0) };
}

/** The next (or previous) page after `from` that has a match, wrapping around the document. */
export function adjacentMatchPage(
  matches: PageMatches,
  from: number,
  direction: 1 | -1,
): number | null {
  const pages = matches.pages.map((p) => p.page);
  if (pages.length === 0) return null;
  if (direction === 1) return pages.find((p) => p > from) ?? pages[0]!;
  return [...pages].reverse().find((p) => p < from) ?? pages[pages.length - 1]!;
}
