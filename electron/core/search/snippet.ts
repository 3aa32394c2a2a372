// Finds where a query's terms occur in a page's original text, and cuts the snippet shown under a
// search result: the first window holding the most distinct terms, with the hits marked.
// Which words match is decided by the shared match rules (#shared/search/match-rules.ts), which the
// reader's highlights follow too.

import type { TextRun } from '#shared/types.ts';
import { isMarkCodePoint } from '#shared/text/scripts.ts';
import { matchTerms, mergeMatches, shownTerms } from '#shared/search/match-rules.ts';
import type { TermMatch, TextSpan } from '#shared/search/match-rules.ts';
import type { ParsedQuery } from '#shared/search/query-parser.ts';

export type { TextSpan } from '#shared/search/match-rules.ts';

export const DEFAULT_SNIPPET_CHARS = 200;
const ELLIPSIS = '…';
// How far a window edge may move to land on a space rather than inside a word.
const EDGE_SLACK = 20;

function assertText(original: unknown, caller: string): asserts original is string {
  if (typeof original !== 'string')
    throw new TypeError(`${caller} expects the page text as a string`);
}

/** Where the query's terms occur in `original`, as sorted, non-overlapping original offsets. */
export function findMatches(original: string, q: ParsedQuery): TextSpan[] {
  assertText(original, 'findMatches');
  return mergeMatches(matchTerms(original, shownTerms(q))).map(({ start, end }) => ({
    start,
    end,
  }));
}

interface Window extends TextSpan {
  /** How many of the query's terms the window holds. */
  distinct: number;
}

/** The first run of matches within maxChars holding the most distinct terms. */
function bestWindow(matches: TermMatch[], maxChars: number): Window {
  const counts = new Map<number, number>();
  let best = { distinct: -1, first: 0, last: 0 };
  let j = 0;
  for (let i = 0; i < matches.length; i++) {
    const from = matches[i]?.start ?? 0;
    if (j < i) j = i;
    while (j < matches.length && (matches[j]?.end ?? 0) - from <= maxChars) {
      const term = matches[j]?.term ?? 0;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      j++;
    }
    if (counts.size > best.distinct) {
      best = { distinct: counts.size, first: i, last: Math.max(i, j - 1) };
    }
    if (j > i) {
      const term = matches[i]?.term ?? 0;
      const left = (counts.get(term) ?? 1) - 1;
      if (left === 0) counts.delete(term);
      else counts.set(term, left);
    }
  }
  const start = matches[best.first]?.start ?? 0;
  return { start, end: Math.max(start, matches[best.last]?.end ?? start), distinct: best.distinct };
}

/** Characters of a page read first for its snippet; each further part read is twice the last. */
const FIRST_PART = 600;
/**
 * The longest stretch of text one match is taken to cover: each part is read from a space this
 * far back, so that a match ending in it is found whole, and a window is settled only once the
 * text read reaches this far past its snippet.
 */
const LONGEST_MATCH = 150;

const byStart = (a: TermMatch, b: TermMatch) => a.start - b.start || b.end - a.end;

/**
 * The matches and window of a page, reading it part by part until the window is settled: finding
 * matches costs most of a search's time (folding, cutting Thai, Lao, Khmer and Burmese into words),
 * and the first window holding every term, once its snippet and the matches reaching into it have
 * been read, is the answer. Parts are cut at spaces, so each holds the same matches as the whole
 * text; a match is taken from the part where it ends.
 */
function matchesAndWindow(
  original: string,
  q: ParsedQuery,
  size: number,
  firstPart: number,
): { matches: TermMatch[]; window: Window } {
  const terms = shownTerms(q);
  const matches: TermMatch[] = [];
  let from = 0;
  for (let part = firstPart; ; part *= 2) {
    const cut = from + part < original.length ? original.indexOf(' ', from + part) : -1;
    const to = cut < 0 ? original.length : cut;
    const back = from === 0 ? 0 : original.lastIndexOf(' ', from - LONGEST_MATCH);
    const readFrom = Math.max(0, back);
    for (const m of matchTerms(original.slice(readFrom, to), terms)) {
      if (m.end + readFrom > from) {
        matches.push({ ...m, start: m.start + readFrom, end: m.end + readFrom });
      }
    }
    if (from > 0) matches.sort(byStart);
    const window = bestWindow(matches, size);
    const settled =
      window.distinct === terms.length && window.start + size + EDGE_SLACK + LONGEST_MATCH <= to;
    if (to === original.length || settled) return { matches, window };
    from = to;
  }
}

function isSpace(text: string, i: number): boolean {
  return /\s/.test(text[i] ?? '');
}

/** Moves a cut off a low surrogate or a combining mark, so no character or cluster is split. */
function clusterBoundary(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if ((c >= 0xdc00 && c <= 0xdfff) || isMarkCodePoint(text.codePointAt(k) ?? 0)) k++;
    else break;
  }
  return k;
}

/** A window start at a space near `i`, not after `limit` (the first hit). */
function snapStart(text: string, i: number, limit: number): number {
  if (i <= 0) return 0;
  for (let k = i; k > Math.max(0, i - EDGE_SLACK); k--) if (isSpace(text, k - 1)) return k;
  for (let k = i; k < Math.min(limit, i + EDGE_SLACK); k++) if (isSpace(text, k)) return k + 1;
  return Math.min(clusterBoundary(text, i), limit);
}

/** A window end at a space near `i`, not before `limit` (the end of the last hit). */
function snapEnd(text: string, i: number, limit: number): number {
  if (i >= text.length) return text.length;
  for (let k = i; k < Math.min(text.length, i + EDGE_SLACK); k++) if (isSpace(text, k)) return k;
  for (let k = i; k > Math.max(limit, i - EDGE_SLACK); k--) if (isSpace(text, k - 1)) return k - 1;
  return Math.max(clusterBoundary(text, i), limit);
}

/** Characters that extraction leaves behind and a reader should not see. */
function isInvisible(c: number): boolean {
  return (
    c <= 0x08 ||
    (c >= 0x0e && c <= 0x1f) ||
    c === 0x7f ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xfffd
  );
}

function display(text: string): string {
  let visible = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisible(text.charCodeAt(i))) continue;
    visible += text.slice(from, i);
    from = i + 1;
  }
  return (from === 0 ? text : visible + text.slice(from)).replace(/\s+/g, ' ');
}

function pushRun(runs: TextRun[], text: string, hit: boolean, inside = false): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.hit === hit && (last.inside ?? false) === inside) last.text += text;
  else runs.push(inside ? { text, hit, inside } : { text, hit });
}

function buildRuns(
  original: string,
  from: number,
  to: number,
  hits: Array<TextSpan & { whole: boolean }>,
): TextRun[] {
  const runs: TextRun[] = [];
  if (from > 0) pushRun(runs, ELLIPSIS, false);
  let at = from;
  for (const span of hits) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end <= start) continue;
    pushRun(runs, display(original.slice(at, start)), false);
    pushRun(runs, display(original.slice(start, end)), true, !span.whole);
    at = end;
  }
  pushRun(runs, display(original.slice(at, to)), false);
  if (to < original.length) pushRun(runs, ELLIPSIS, false);
  const first = runs[0];
  if (first) first.text = first.text.trimStart();
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
}

/**
 * The snippet of `original` to show for a query: about maxChars characters around the first
 * place with the most distinct query terms, hits marked, whitespace collapsed, '…' where the text
 * was cut. Without a match it is the start of the text. `firstPart` is how many characters are
 * read first (Infinity: the whole text at once, the same snippet).
 */
export function makeSnippet(
  original: string,
  q: ParsedQuery,
  maxChars = DEFAULT_SNIPPET_CHARS,
  firstPart = FIRST_PART,
): TextRun[] {
  assertText(original, 'makeSnippet');
  if (!Number.isFinite(maxChars) || maxChars < 1) {
    throw new RangeError(`makeSnippet: maxChars must be a positive number, got ${maxChars}`);
  }
  const size = Math.floor(maxChars);
  const { matches, window } = matchesAndWindow(original, q, size, firstPart);
  if (matches.length === 0) {
    return buildRuns(original, 0, snapEnd(original, Math.min(size, original.length), 0), []);
  }
  const slack = Math.max(0, size - (window.end - window.start));
  let from = Math.max(0, window.start - Math.floor(slack * 0.3));
  const to = Math.min(original.length, from + size);
  from = Math.max(0, Math.min(from, to - size));
  const start = snapStart(original, from, window.start);
  const end = snapEnd(original, to, Math.min(window.end, start + size));
  return buildRuns(original, start, end, mergeMatches(matches));
}
