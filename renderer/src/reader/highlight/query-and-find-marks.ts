// The highlights a reader draws over its text: every match of the search query, every match of
// the text to find, and the find match being looked at.
import type { Highlighter } from './highlighter.ts';
import { clearMarks, markMatches, textNodesUnder } from './mark-text.ts';

export interface QueryAndFindMarks {
  /** The marks of each match of the query, in document order. */
  query: HTMLElement[][];
  /** The marks of each match of the text to find, in document order. */
  find: HTMLElement[][];
}

/** Redraws the highlights under a root; the separator joins its text nodes as in markMatches. */
export function markQueryAndFind(
  root: Element,
  queryHighlighter: Highlighter | null,
  findHighlighter: Highlighter | null,
  separator?: string,
): QueryAndFindMarks {
  clearMarks(root);
  const query = queryHighlighter
    ? markMatches(textNodesUnder(root), queryHighlighter, 'hl--query', separator)
    : [];
  const find = findHighlighter
    ? markMatches(textNodesUnder(root), findHighlighter, 'hl--find', separator)
    : [];
  return { query, find };
}

/** Shows a find match as the one being looked at; returns its marks. */
export function markActive(match: HTMLElement[] | undefined): HTMLElement[] | undefined {
  match?.forEach((mark) => mark.classList.add('hl--active'));
  return match;
}

/** The find match at an index that wraps round: past the last comes the first, and before it the last. */
export function wrappedMatch(find: HTMLElement[][], index: number): HTMLElement[] | undefined {
  const length = find.length;
  return length === 0 ? undefined : find[((index % length) + length) % length];
}
