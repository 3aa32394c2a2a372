// Finds where highlight terms occur in a text, as ranges of the original (unfolded) text.
import { foldText, isDecoratingMark } from './fold-text.ts';
import type { HighlightTerm } from './query-terms.ts';

export interface TextRange {
  start: number;
  end: number;
}

// Scripts written without spaces between words: a term matches anywhere inside a run of them.
const UNSPACED_SCRIPT =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f\ua9e0-\ua9ff]/u;
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const SEPARATOR = '[^\\p{L}\\p{M}\\p{N}]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: HighlightTerm): string {
  const body = term.words.map(escapeRegExp).join(SEPARATOR);
  if (term.words.some((w) => UNSPACED_SCRIPT.test(w))) return body;
  // A whole word, or its plural, or any word it begins when it is a prefix term.
  const tail = term.prefix ? `${WORD_CHAR}*` : `(?:s|es)?(?!${WORD_CHAR})`;
  return `(?<!${WORD_CHAR})${body}${tail}`;
}

/** One expression for all terms, longest first so that a phrase wins over its own words. */
export function termsExpression(terms: HighlightTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const ordered = [...terms].sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return new RegExp(ordered.map(termPattern).join('|'), 'gu');
}

export function findRanges(text: string, expression: RegExp | null): TextRange[] {
  if (expression === null || text === '') return [];
  const folded = foldText(text);
  const ranges: TextRange[] = [];
  for (const match of folded.text.matchAll(expression)) {
    if (match[0].length === 0) continue;
    const first = match.index;
    const last = first + match[0].length - 1;
    const start = folded.origin[first] ?? 0;
    const lastOrigin = folded.origin[last] ?? start;
    // The end is just past the original code point the last folded unit came from.
    let end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
    // Accents written as separate characters after the last letter belong to the highlighted word.
    while (end < text.length && isDecoratingMark(text[end]!)) end++;
    ranges.push({ start, end });
  }
  return ranges;
}

export function countMatches(text: string, expression: RegExp | null): number {
  return findRanges(text, expression).length;
}
