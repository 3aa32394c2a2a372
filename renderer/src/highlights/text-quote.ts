// Describing a passage of a page's text so that it can be found again, and finding it: the quote
// with a little text before and after it (W3C Web Annotation's TextQuoteSelector) and where it
// started as a hint. Whitespace is compared as one space, so that a text layer drawn again with
// its line breaks in other places still matches.
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '#shared/highlights.ts';
import type { TextQuote } from '#shared/highlights.ts';

export interface CollapsedText {
  /** The text with every run of whitespace as one space. */
  text: string;
  /** For each character of `text`, its offset in the original; one more entry for the end. */
  toOriginal: number[];
}

export function collapseWhitespace(original: string): CollapsedText {
  let text = '';
  const toOriginal: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (/\s/.test(char)) {
      if (!inSpace) {
        text += ' ';
        toOriginal.push(i);
      }
      inSpace = true;
    } else {
      text += char;
      toOriginal.push(i);
      inSpace = false;
    }
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

/** The first character of the collapsed text at or after an offset in the original. */
export function collapsedOffset(collapsed: CollapsedText, original: number): number {
  const index = collapsed.toOriginal.findIndex((at) => at >= original);
  return index < 0 ? collapsed.text.length : index;
}

/** The original text's span of a span of the collapsed text. */
export function originalSpan(
  collapsed: CollapsedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: collapsed.toOriginal[start]!, end: collapsed.toOriginal[end - 1]! + 1 };
}

export type QuoteOutcome =
  { ok: true; quote: TextQuote } | { ok: false; reason: 'empty' | 'too-long' };

/** The quote of a span of the collapsed text, without whitespace at its ends, in NFC. */
export function describeQuote(text: string, start: number, end: number): QuoteOutcome {
  let from = start;
  let to = end;
  while (from < to && text[from] === ' ') from++;
  while (to > from && text[to - 1] === ' ') to--;
  if (from === to) return { ok: false, reason: 'empty' };
  const exact = text.slice(from, to).normalize('NFC');
  if (exact.length > MAX_QUOTE_LENGTH) return { ok: false, reason: 'too-long' };
  return {
    ok: true,
    quote: {
      prefix: text
        .slice(Math.max(0, from - CONTEXT_LENGTH), from)
        .normalize('NFC')
        .slice(-CONTEXT_LENGTH),
      exact,
      suffix: text
        .slice(to, to + CONTEXT_LENGTH)
        .normalize('NFC')
        .slice(0, CONTEXT_LENGTH),
      start: from,
    },
  };
}

function sharedSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where a quote is in the collapsed text: of every place the exact text occurs, the one whose
 * surroundings agree most with the quote's prefix and suffix, then the nearest to where it was.
 * Null when the text no longer has it.
 */
export function locateQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const exact = collapseWhitespace(quote.exact.normalize('NFC')).text.trim();
  if (exact === '') return null;
  // In NFC when that moves nothing (no characters composed), so offsets still fit the page.
  const normalised = text.normalize('NFC');
  const page = normalised.length === text.length ? normalised : text;
  const prefix = collapseWhitespace(quote.prefix).text;
  const suffix = collapseWhitespace(quote.suffix).text;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = page.indexOf(exact); at >= 0; at = page.indexOf(exact, at + 1)) {
    const before = page.slice(Math.max(0, at - prefix.length), at);
    const after = page.slice(at + exact.length, at + exact.length + suffix.length);
    const score = sharedSuffixLength(before, prefix) + sharedPrefixLength(after, suffix);
    const distance = Math.abs(at - quote.start);
    if (best === null || score > best.score || (score === best.score && distance < best.distance))
      best = { start: at, score, distance };
  }
  return best === null ? null : { start: best.start, end: best.start + exact.length };
}
