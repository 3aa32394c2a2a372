// Which words of a text a query's terms match, as offsets of the original text: the one rule that
// the snippets under search results and the reader's highlights both follow, over the text as the
// shared pipeline normalises it for the index.

import { normaliseExact, normaliseWithMap } from '../text/normalise.ts';
import { hasSeaScript, isMarkCodePoint } from '../text/scripts.ts';
import { splitWords, wordSpans, type WordSpan } from '../text/words.ts';
import type { ParsedQuery, Term } from './query-parser.ts';

export interface TextSpan {
  start: number;
  end: number;
}

export interface TermMatch extends TextSpan {
  /** Index of the term in the list matched. */
  term: number;
  /**
   * True when the term matched whole words; false when a Thai, Lao, Khmer or Burmese term was
   * found only inside longer words (a substring of the text, whatever the word cuts).
   */
  whole: boolean;
}

/** The terms whose matches a reader sees: every positive term, never the excluded ones. */
export function shownTerms(q: ParsedQuery): Term[] {
  return q.required.flat();
}

interface Form {
  words: string[];
  prefix: boolean;
  /** As Term.exact: the exact form a word must have, or '' where any form matches. */
  exact?: string[];
}

/** The exact form (normaliseExact) of the text's word at an index of its spans. */
type ExactWordAt = (k: number) => string;

/**
 * Start indexes in `spans` of the form's words as consecutive words (the last one a prefix if
 * asked), each word typed with marks compared with the text's exact form.
 */
function phraseStarts(spans: WordSpan[], form: Form, exactWordAt: ExactWordAt): number[] {
  const found: number[] = [];
  const { words, prefix, exact } = form;
  const last = words.length - 1;
  for (let k = 0; k + last < spans.length; k++) {
    let ok = true;
    for (let w = 0; w <= last && ok; w++) {
      const word = spans[k + w]?.word ?? '';
      const wanted = words[w] ?? '';
      const marked = exact?.[w] ?? '';
      if (w === last && prefix) ok = word.startsWith(wanted);
      else ok = word === wanted && (marked === '' || exactWordAt(k + w) === marked);
    }
    if (ok) found.push(k);
  }
  return found;
}

interface CompactText {
  compact: string;
  positions: Int32Array;
}

/** Normalised text without whitespace, so SEA terms match whatever the segmenter's cuts. */
function compactText(text: string): CompactText {
  const positions = new Int32Array(text.length);
  let compact = '';
  let n = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /\s/.test(text[i] ?? '')) {
      compact += text.slice(from, i);
      for (let k = from; k < i; k++) positions[n++] = k;
      from = i + 1;
    }
  }
  return { compact, positions: positions.subarray(0, n) };
}

interface NormalisedSpan extends TextSpan {
  whole: boolean;
}

/** Spans of whole words (or phrases) of the normalised text where a term or its variants match. */
function wordMatches(term: Term, spans: WordSpan[], exactWordAt: ExactWordAt): NormalisedSpan[] {
  const out: NormalisedSpan[] = [];
  const forms: Form[] = [
    { words: term.words, prefix: term.prefix, ...(term.exact ? { exact: term.exact } : {}) },
    ...term.variants.map((v) => ({ words: [v], prefix: false })),
  ];
  for (const form of forms) {
    for (const k of phraseStarts(spans, form, exactWordAt)) {
      const first = spans[k];
      const last = spans[k + form.words.length - 1];
      if (first && last) out.push({ start: first.start, end: last.end, whole: true });
    }
  }
  return out;
}

/** Where a SEA term's letters occur in the normalised text, across and inside words. */
function substringMatches(term: Term, text: string, compact: CompactText): NormalisedSpan[] {
  const out: NormalisedSpan[] = [];
  const { compact: haystack, positions } = compact;
  const needle = term.words.join('');
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    let end = (positions[at + needle.length - 1] ?? 0) + 1;
    // Never stop inside a cluster: take the marks that follow.
    while (end < text.length && isMarkCodePoint(text.codePointAt(end) ?? 0)) end++;
    out.push({ start: positions[at] ?? 0, end, whole: false });
  }
  return out;
}

/**
 * Spans of the normalised text where a term matches. A Thai, Lao, Khmer or Burmese term matches
 * its whole words, and elsewhere as letters inside longer words, as the index's cluster column
 * finds it; any other term matches whole words only (the last a prefix when typed with '*').
 */
function termSpans(
  term: Term,
  text: string,
  spans: WordSpan[],
  compact: () => CompactText,
  exactWordAt: ExactWordAt,
) {
  const whole = wordMatches(term, spans, exactWordAt);
  if (term.sea.length === 0) return whole;
  const inside = substringMatches(term, text, compact()).filter(
    (s) => !whole.some((w) => s.start < w.end && w.start < s.end),
  );
  return [...whole, ...inside];
}

/** The original offset where normalised span [.., end) ends. */
function originalEnd(map: Int32Array, end: number, originalLength: number): number {
  const lastSource = map[end - 1] ?? 0;
  for (let k = end; k < map.length; k++) {
    const source = map[k] ?? 0;
    if (source > lastSource) return source;
  }
  return originalLength;
}

/**
 * The exact form of a word of the text, from the original letters it came from, read only for the
 * words a word typed with marks is compared with (the whole text's exact forms cost a second pass
 * over it). Its plain form when those letters do not make one word.
 */
function exactWordReader(original: string, spans: WordSpan[], map: Int32Array): ExactWordAt {
  const read = new Map<number, string>();
  return (k) => {
    let exact = read.get(k);
    if (exact === undefined) {
      const span = spans[k];
      if (!span) return '';
      const letters = original.slice(
        map[span.start] ?? 0,
        originalEnd(map, span.end, original.length),
      );
      const words = splitWords(normaliseExact(letters));
      exact = words.length === 1 ? (words[0] ?? span.word) : span.word;
      read.set(k, exact);
    }
    return exact;
  };
}

/**
 * Which runs of Thai, Lao, Khmer and Burmese need cutting into words to find `terms`: those holding
 * one of their words in those scripts. Any other run can hold no whole-word match (every word of
 * one is in the run it was cut from), and the matches inside words are found in the text without
 * its spaces, the same cut or not. Every run when a term is typed with marks: its exact forms are
 * read word by word from the whole text cut as normalise() cuts it.
 */
function runsToCut(terms: readonly Term[]): ((run: string) => boolean) | undefined {
  if (terms.some((t) => t.exact !== undefined)) return undefined;
  const words = terms.flatMap((t) => [...t.words, ...t.variants]).filter(hasSeaScript);
  return (run) => words.some((w) => run.includes(w));
}

/**
 * Every match of `terms` in `original`, as offsets of `original`, sorted by start (longest first
 * at the same start). Matches of different terms may overlap. A word typed with marks matches
 * that form only, compared after NFC with the text's word.
 */
export function matchTerms(original: string, terms: readonly Term[]): TermMatch[] {
  if (typeof original !== 'string') throw new TypeError('matchTerms expects the text as a string');
  if (terms.length === 0 || original.length === 0) return [];
  const { text, map } = normaliseWithMap(original, runsToCut(terms));
  const spans = wordSpans(text);
  let compact: CompactText | undefined;
  const getCompact = () => (compact ??= compactText(text));
  const exactWordAt = exactWordReader(original, spans, map);
  const matches: TermMatch[] = [];
  terms.forEach((term, index) => {
    for (const span of termSpans(term, text, spans, getCompact, exactWordAt)) {
      const start = map[span.start] ?? 0;
      const end = originalEnd(map, span.end, original.length);
      matches.push({ start, end, term: index, whole: span.whole });
    }
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Matches merged where they overlap, in text order: what a reader sees marked. A stretch is whole
 * when any match over it is whole.
 */
export function mergeMatches(matches: readonly TermMatch[]): Array<TextSpan & { whole: boolean }> {
  const merged: Array<TextSpan & { whole: boolean }> = [];
  for (const { start, end, whole } of matches) {
    const last = merged[merged.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.whole ||= whole;
    } else {
      merged.push({ start, end, whole });
    }
  }
  return merged;
}
