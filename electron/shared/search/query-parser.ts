// Parses what a user types into a search box: words, "quoted phrases", prefix*, -exclusions
// (also -"phrase" and NOT word), and OR (or '|') between terms; terms are ANDed by default.
// Any string parses: unbalanced quotes close at the end, stray operators and symbols are text or
// ignored, and parentheses only separate terms.

import { exactWordsOf } from '../text/exact.ts';
import { normalise, seaClusters } from '../text/normalise.ts';
import { isSeaCodeUnit } from '../text/scripts.ts';
import { splitWords } from '../text/words.ts';

export interface Term {
  /** Normalised words, matched as a phrase (one word is a plain word match). */
  words: string[];
  /** The last word also matches longer words that start with it. */
  prefix: boolean;
  /** Grapheme clusters when the term is written wholly in Thai, Lao, Khmer or Burmese; else []. */
  sea: string[];
  /** Other forms of a lone unquoted word that also match (English singular and plural). */
  variants: string[];
  /**
   * Present when some word was typed with marks (Latin diacritics or đ): for each of `words`, the
   * exact form (NFC) it must have, or '' where any form matches. A prefix's last word is matched by
   * its letters alone.
   */
  exact?: string[];
}

/** Terms of which any one may match. */
export type Alternatives = Term[];

export interface ParsedQuery {
  /** Every group must match (AND); within a group any term may (OR). */
  required: Alternatives[];
  /** A document matching any of these is left out. */
  excluded: Term[];
}

// Bounds that keep a pasted page of text from becoming a huge FTS5 expression.
const MAX_INPUT_LENGTH = 1000;
const MAX_TERMS = 32;
const MAX_WORDS_PER_TERM = 32;

interface LexedTerm {
  kind: 'term';
  text: string;
  quoted: boolean;
  prefix: boolean;
  negated: boolean;
  /** The input ended inside it: no space or closing quote after it. */
  open: boolean;
}
type Token = LexedTerm | { kind: 'or' };

const SEPARATOR = /[\s()\p{Cc}]/u;
// Typographic quotes arrive when a query is pasted from a word processor.
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);

function closingQuote(input: string, from: number): number {
  for (let k = from; k < input.length; k++) if (QUOTES.has(input[k] ?? '')) return k;
  return -1;
}

function isSeparator(ch: string): boolean {
  return SEPARATOR.test(ch);
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  const n = input.length;
  let negateNext = false;
  let i = 0;
  const countStars = (from: number): number => {
    let k = from;
    while (input[k] === '*') k++;
    return k - from;
  };
  while (i < n) {
    const ch = input[i] ?? '';
    if (isSeparator(ch)) {
      i++;
      continue;
    }
    if (ch === '|') {
      tokens.push({ kind: 'or' });
      negateNext = false;
      i++;
      continue;
    }
    if (ch === '-') {
      while (input[i] === '-') i++;
      // A lone '-' (before a space or the end) is ignored rather than excluding nothing.
      if (i < n && !isSeparator(input[i] ?? '')) negateNext = true;
      continue;
    }
    if (QUOTES.has(ch)) {
      const close = closingQuote(input, i + 1);
      const end = close < 0 ? n : close;
      const text = input.slice(i + 1, end);
      i = close < 0 ? n : close + 1;
      const stars = countStars(i);
      i += stars;
      tokens.push({
        kind: 'term',
        text,
        quoted: true,
        prefix: stars > 0,
        negated: negateNext,
        open: close < 0,
      });
      negateNext = false;
      continue;
    }
    let end = i;
    while (end < n) {
      const c = input[end] ?? '';
      if (QUOTES.has(c) || c === '|' || isSeparator(c)) break;
      end++;
    }
    let word = input.slice(i, end);
    i = end;
    if (word === 'OR') {
      tokens.push({ kind: 'or' });
      negateNext = false;
      continue;
    }
    if (word === 'AND') continue;
    if (word === 'NOT') {
      negateNext = true;
      continue;
    }
    let stripped = word.length;
    while (stripped > 0 && word[stripped - 1] === '*') stripped--;
    const prefix = stripped < word.length;
    word = word.slice(0, stripped);
    tokens.push({
      kind: 'term',
      text: word,
      quoted: false,
      prefix,
      negated: negateNext,
      open: end === n,
    });
    negateNext = false;
  }
  return tokens;
}

/** English singular and plural forms of a word, so "victim" finds "victims" and back. */
function englishForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('ies') && word.length > 4) {
    forms.push(word.slice(0, -3) + 'y');
  } else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) {
    if (word.length > 3) forms.push(word.slice(0, -1));
    if (/(s|x|z|ch|sh)es$/.test(word) && word.length > 4) forms.push(word.slice(0, -2));
  } else {
    if (/[^aeiou]y$/.test(word)) forms.push(word.slice(0, -1) + 'ies');
    else forms.push(/(s|x|z|ch|sh)$/.test(word) ? word + 'es' : word + 's');
  }
  return forms;
}

function isSeaWord(word: string): boolean {
  return isSeaCodeUnit(word.charCodeAt(0));
}

/** The exact forms of a term's marked words, as Term.exact has them; undefined when none. */
function exactForms(text: string, allWords: string[], prefix: boolean): string[] | undefined {
  const exact = exactWordsOf(text, allWords)?.slice(0, MAX_WORDS_PER_TERM);
  if (!exact) return undefined;
  const forms = exact.map((w, i) => (w === allWords[i] ? '' : w));
  if (prefix) forms[forms.length - 1] = '';
  return forms.some((w) => w !== '') ? forms : undefined;
}

function makeTerm(lexed: LexedTerm): Term | null {
  const allWords = splitWords(normalise(lexed.text));
  const words = allWords.slice(0, MAX_WORDS_PER_TERM);
  const first = words[0];
  if (first === undefined) return null;
  const sea = words.every(isSeaWord) ? splitWords(seaClusters(words.join(''))) : [];
  const plainWord =
    !lexed.quoted && !lexed.prefix && words.length === 1 && /^[a-z]{3,}$/.test(first);
  const term: Term = {
    words,
    prefix: lexed.prefix,
    sea,
    variants: plainWord ? englishForms(first) : [],
  };
  const exact = exactForms(lexed.text, allWords, lexed.prefix);
  return exact ? { ...term, exact } : term;
}

function termKey(term: Term): string {
  const words = term.words.map((w, i) => term.exact?.[i] || w);
  return `${term.prefix ? '*' : ''}${words.join(' ')}`;
}

export interface ParseOptions {
  /**
   * The query is still being typed: its last word, when nothing follows it, also matches longer
   * words that start with it (as if typed with '*'). An excluded last word stays exact, so a
   * half-typed exclusion never hides more than the finished one would.
   */
  typing?: boolean;
}

/** The lexed terms, with the one being typed (if any) made a prefix. */
function withTypedPrefix(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (last?.kind !== 'term' || !last.open || last.negated) return tokens;
  return [...tokens.slice(0, -1), { ...last, prefix: true }];
}

export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  if (typeof input !== 'string') {
    throw new TypeError(
      `parseQuery expects a string, got ${input === null ? 'null' : typeof input}`,
    );
  }
  const lexed = lex(input.slice(0, MAX_INPUT_LENGTH));
  const required: Alternatives[] = [];
  const excluded: Term[] = [];
  const seenExcluded = new Set<string>();
  let terms = 0;
  let orPending = false;
  let afterPositive = false;
  for (const token of options.typing === true ? withTypedPrefix(lexed) : lexed) {
    if (token.kind === 'or') {
      orPending = afterPositive;
      continue;
    }
    if (terms >= MAX_TERMS) break;
    const term = makeTerm(token);
    if (term === null) continue;
    terms++;
    if (token.negated) {
      const key = termKey(term);
      if (!seenExcluded.has(key)) excluded.push(term);
      seenExcluded.add(key);
      orPending = false;
      afterPositive = false;
      continue;
    }
    const last = required[required.length - 1];
    if (orPending && last !== undefined) {
      if (!last.some((t) => termKey(t) === termKey(term))) last.push(term);
    } else {
      required.push([term]);
    }
    orPending = false;
    afterPositive = true;
  }
  return { required: dedupeGroups(required), excluded };
}

function dedupeGroups(groups: Alternatives[]): Alternatives[] {
  const seen = new Set<string>();
  return groups.filter((group) => {
    const key = group.map(termKey).sort().join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The query written so that a plain parse reads it as parseQuery(input, { typing: true }) does:
 * the word being typed gets its '*' (an open quote is closed first), for links that carry it on.
 */
export function typedAsPrefix(input: string): string {
  const text = input.slice(0, MAX_INPUT_LENGTH);
  const last = lex(text).at(-1);
  if (last?.kind !== 'term' || !last.open || last.negated || last.prefix) return text;
  if (last.text.trim() === '') return text;
  return last.quoted ? `${text}"*` : `${text}*`;
}

/** What is typed in "find in this document": its words as one phrase, the last perhaps unfinished. */
export function findTerm(input: string): Term | null {
  if (typeof input !== 'string') {
    throw new TypeError(`findTerm expects a string, got ${input === null ? 'null' : typeof input}`);
  }
  const text = input.slice(0, MAX_INPUT_LENGTH);
  return makeTerm({ kind: 'term', text, quoted: true, prefix: true, negated: false, open: true });
}

/** The normalised words and phrases a reader should highlight. */
export function queryTerms(q: ParsedQuery): string[] {
  const out = new Set<string>();
  for (const group of q.required) {
    for (const term of group) {
      out.add(term.words.join(' '));
      for (const variant of term.variants) out.add(variant);
    }
  }
  return [...out];
}

/** True when the query has nothing to search for and nothing to exclude. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.required.length === 0 && q.excluded.length === 0;
}
