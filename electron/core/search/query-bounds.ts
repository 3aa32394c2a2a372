// What a search may cost, decided before it runs: a native SQLite call cannot be stopped once
// started, so a query that would keep the library busy for seconds is refused at once, with a
// message that says which part of it and what to type instead. Its cost is the indexed words its
// prefixes stand for (counted in the library's own vocabulary, up to the bound) and the grapheme
// clusters of its Thai, Lao, Khmer and Burmese terms, each a common token of the cluster index.
import { parseQuery } from '#shared/search/query-parser.ts';
import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';
import {
  isLongEnoughPrefix,
  MIN_PREFIX_CLUSTERS,
  MIN_PREFIX_LETTERS,
} from '#shared/search/prefix-length.ts';
import { hasSeaScript } from '#shared/text/scripts.ts';
import { QueryTooBroadError } from '../api-errors.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { asWholeWords } from './whole-words.ts';

export interface QueryBounds {
  /** Indexed words that all the query's prefixes may stand for together. */
  maxPrefixWords: number;
  /** Grapheme clusters that the query's Thai, Lao, Khmer and Burmese terms may have together. */
  maxClusters: number;
}

export const DEFAULT_QUERY_BOUNDS: QueryBounds = { maxPrefixWords: 1000, maxClusters: 64 };

const lastWord = (term: Term) => term.words[term.words.length - 1] ?? '';

/** The word a term reads as a prefix in the index, if any (a Thai term's last word always is). */
function prefixOf(term: Term): string | null {
  const word = lastWord(term);
  if (term.sea.length > 0) return isLongEnoughPrefix(word) ? word : null;
  return term.prefix ? word : null;
}

function tooShort(term: Term): string | null {
  if (!term.prefix || isLongEnoughPrefix(lastWord(term))) return null;
  const word = lastWord(term);
  const least = hasSeaScript(word)
    ? `${MIN_PREFIX_CLUSTERS} letters with their marks`
    : `${MIN_PREFIX_LETTERS} letters`;
  return `"${word}*" is too short to search for every word it begins: type at least ${least} before the *.`;
}

/** Why the query would cost too much, or null when it may run. */
export function broadnessOf(
  library: LibraryStore,
  query: ParsedQuery,
  bounds: QueryBounds,
): string | null {
  const terms = [...query.required.flat(), ...query.excluded];
  const clusters = terms.reduce((sum, term) => sum + term.sea.length, 0);
  if (clusters > bounds.maxClusters) {
    return `This search has ${clusters} Thai, Lao, Khmer or Burmese letters (with their marks); at most ${bounds.maxClusters} are searched at once. Search for a shorter phrase.`;
  }
  for (const term of terms) {
    const short = tooShort(term);
    if (short !== null) return short;
  }
  if (!Number.isFinite(bounds.maxPrefixWords)) return null;
  const prefixes = new Set(terms.map(prefixOf).filter((p) => p !== null));
  let words = 0;
  for (const prefix of prefixes) {
    words += library.countWordsFrom(prefix, bounds.maxPrefixWords - words + 1);
    if (words > bounds.maxPrefixWords) {
      return `The words ending in * in this search stand for more than ${bounds.maxPrefixWords} words of the library. Type longer words before the *, or fewer of them.`;
    }
  }
  return null;
}

const isTooShortSeaPrefix = (term: Term) =>
  term.prefix && term.sea.length > 0 && !isLongEnoughPrefix(lastWord(term));

/**
 * The query as it stands with a word of Thai, Lao, Khmer or Burmese being typed and too short to
 * be read as a prefix (a first letter) searched as the whole word it is, as a first Latin letter
 * is: as letters inside longer words, it would be found in most of its script's text, which takes
 * seconds to read at a million pages, at every first keystroke.
 */
function typedLetterAsWord(asTyped: ParsedQuery, typed: ParsedQuery): ParsedQuery {
  const letters = new Set(typed.required.flat().filter(isTooShortSeaPrefix).map(lastWord));
  if (letters.size === 0) return asTyped;
  const isTyped = (term: Term) => term.words.length === 1 && letters.has(lastWord(term));
  return {
    ...asTyped,
    required: asTyped.required.map((group) =>
      group.map((term) => (isTyped(term) ? asWholeWords(term) : term)),
    ),
  };
}

/**
 * The query to run for what was typed, or QueryTooBroadError. The word being typed is read as a
 * prefix only as a convenience: when that makes the search too broad (a first letter), the query
 * runs as it stands, as Enter would search it (a first letter of Thai, Lao, Khmer or Burmese as
 * the word it is).
 */
export function boundedQuery(
  library: LibraryStore,
  text: string,
  typing: boolean,
  bounds: QueryBounds = DEFAULT_QUERY_BOUNDS,
): ParsedQuery {
  const query = parseQuery(text, { typing });
  const broad = broadnessOf(library, query, bounds);
  if (broad === null) return query;
  if (typing) {
    const asTyped = typedLetterAsWord(parseQuery(text), query);
    if (broadnessOf(library, asTyped, bounds) === null) return asTyped;
  }
  throw new QueryTooBroadError(broad);
}
