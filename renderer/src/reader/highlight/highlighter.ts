// What the reader highlights: the search query's terms and the text to find, matched by the same
// rules as the engine's search and snippets (#shared/search/match-rules.ts), over the same
// normalised text.
import { matchTerms, mergeMatches, shownTerms } from '#shared/search/match-rules.ts';
import { findTerm, parseQuery } from '#shared/search/query-parser.ts';
import type { Term } from '#shared/search/query-parser.ts';

export interface HighlightRange {
  start: number;
  end: number;
  /** False when a Thai, Lao, Khmer or Burmese term was found only inside a longer word. */
  whole: boolean;
}

/** The ranges of a text to highlight, in text order and never overlapping. */
export type Highlighter = (text: string) => HighlightRange[];

function highlighterOf(terms: Term[]): Highlighter | null {
  if (terms.length === 0) return null;
  return (text) => mergeMatches(matchTerms(text, terms));
}

/** The search query's words, phrases and prefixes; never the excluded ones. */
export function queryHighlighter(query: string): Highlighter | null {
  return highlighterOf(shownTerms(parseQuery(query)));
}

/** What is typed in "find in this document": its words as one phrase, the last perhaps unfinished. */
export function findHighlighter(text: string): Highlighter | null {
  const term = findTerm(text);
  return highlighterOf(term ? [term] : []);
}
