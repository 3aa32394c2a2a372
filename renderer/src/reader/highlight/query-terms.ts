// The words of a search query that a reader should see highlighted: words, "quoted phrases" and
// prefix* terms, never the -excluded ones or the OR operator. Mirrors the engine's query syntax
// closely enough for highlighting; the engine's own parser decides what matches.
import { fold } from './fold-text.ts';

export interface HighlightTerm {
  /** Folded words, matched as a phrase when there are several. */
  words: string[];
  /** The last word also matches longer words that begin with it. */
  prefix: boolean;
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function splitWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

export function highlightTerms(query: string): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  let negateNext = false;
  for (const match of query.matchAll(TOKEN)) {
    const [, negatedQuote, phrase, bare] = match;
    if (phrase !== undefined) {
      const words = splitWords(phrase);
      if (!negatedQuote && !negateNext && words.length) terms.push({ words, prefix: false });
      negateNext = false;
      continue;
    }
    const token = bare ?? '';
    if (token === 'OR' || token === '|') continue;
    if (token === 'NOT') {
      negateNext = true;
      continue;
    }
    const negated = negateNext || token.startsWith('-');
    negateNext = false;
    if (negated) continue;
    const words = splitWords(token);
    if (words.length) terms.push({ words, prefix: /\*+$/.test(token) });
  }
  return dedupe(terms);
}

function dedupe(terms: HighlightTerm[]): HighlightTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = `${term.words.join(' ')}${term.prefix ? '*' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a user types in "find in this document": its words as one phrase, the last perhaps unfinished. */
export function findTerms(text: string): HighlightTerm[] {
  const words = splitWords(text);
  return words.length ? [{ words, prefix: true }] : [];
}
