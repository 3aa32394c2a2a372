// Second pass of the pipeline: Thai, Lao, Khmer and Burmese are written without spaces between
// words, so their runs are cut into words (for the word index) or grapheme clusters (for the
// cluster index) with Intl.Segmenter, which works the same in Node, Electron and browsers. A
// browser without Intl.Segmenter (the static copy runs in any browser) gets clusters instead of
// words, by the rule of clusters.ts.

import { clusterSegments, type Segment } from './clusters.ts';
import type { OffsetMap } from './offset-map.ts';
import { isSeaCodeUnit, isTokenCodePoint } from './scripts.ts';

// The segmenter slows down on very long strings; a run longer than this is cut into pieces.
const MAX_SEGMENT_INPUT = 2000;

interface Segmenter {
  segment(text: string): Iterable<Segment>;
}

const clusterSegmenter: Segmenter = { segment: clusterSegments };

let wordSegmenter: Segmenter | undefined;
let graphemeSegmenter: Segmenter | undefined;

function segmenterFor(granularity: 'word' | 'grapheme'): Segmenter {
  return typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('und', { granularity })
    : clusterSegmenter;
}

function words(): Segmenter {
  wordSegmenter ??= segmenterFor('word');
  return wordSegmenter;
}

function graphemes(): Segmenter {
  graphemeSegmenter ??= segmenterFor('grapheme');
  return graphemeSegmenter;
}

/** Where to cut a run of SEA text that is too long: after sentence punctuation, else anywhere safe. */
function pieceEnd(text: string, from: number, runEnd: number): number {
  const limit = from + MAX_SEGMENT_INPUT;
  if (runEnd <= limit) return runEnd;
  for (let k = limit; k > from + MAX_SEGMENT_INPUT / 2; k--) {
    const c = text.charCodeAt(k - 1);
    // Thai paiyannoi and angkhankhu, Khmer khan and bariyoosan, Burmese little and big section.
    if (
      c === 0x0e2f ||
      c === 0x0e5a ||
      c === 0x17d4 ||
      c === 0x17d5 ||
      c === 0x104a ||
      c === 0x104b
    ) {
      return k;
    }
  }
  // No punctuation: cut at the last cluster boundary before the limit, never inside a cluster.
  const window = text.slice(limit - 32, limit);
  let cut = 0;
  for (const { index } of graphemes().segment(window)) cut = index;
  if (cut > 0) return limit - 32 + cut;
  return limit;
}

function segmentRun(
  text: string,
  start: number,
  end: number,
  segmenter: Segmenter,
  emit: (piece: string, sourceStart: number) => void,
): void {
  let from = start;
  let first = true;
  while (from < end) {
    const to = pieceEnd(text, from, end);
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
      if (!first) emit(' ', from + index);
      emit(segment, from + index);
      first = false;
    }
    from = to;
  }
}

function isTokenBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const cp = text.codePointAt(i - 1) ?? 0;
  const lowSurrogate = cp >= 0xdc00 && cp <= 0xdfff && i >= 2;
  return isTokenCodePoint(lowSurrogate ? (text.codePointAt(i - 2) ?? 0) : cp);
}

function isTokenAt(text: string, i: number): boolean {
  return i < text.length && isTokenCodePoint(text.codePointAt(i) ?? 0);
}

/** The runs of SEA code units in `text`, each as its start and end offsets. */
function* seaRuns(text: string): Generator<[start: number, end: number]> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isSeaCodeUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSeaCodeUnit(text.charCodeAt(j))) j++;
    yield [i, j];
    i = j;
  }
}

/**
 * Cuts every SEA run of `text` into words joined by single spaces, and keeps runs apart from
 * adjacent letters and digits of other scripts. With `map`, `sourceMap` gives the source offset of
 * each code unit of `text` and `map` receives one source offset per output code unit. With
 * `cutRun`, only the runs it accepts are cut into words; the others stay whole (each run is cut on
 * its own, so the runs cut come out as they would with every run cut).
 */
export function segmentSeaWords(
  text: string,
  sourceMap: Int32Array | null,
  map: OffsetMap | null,
  cutRun?: (run: string) => boolean,
): string {
  let out = '';
  let copiedTo = 0;
  const source = (k: number): number => (sourceMap ? (sourceMap[k] ?? 0) : k);
  const emit = (piece: string, at: number): void => {
    out += piece;
    if (map) {
      if (piece === ' ') map.repeat(source(at), 1);
      else if (sourceMap) map.copyFrom(sourceMap, at, at + piece.length);
      else map.range(at, piece.length);
    }
  };
  for (const [start, end] of seaRuns(text)) {
    if (copiedTo < start) emit(text.slice(copiedTo, start), copiedTo);
    if (isTokenBefore(text, start)) emit(' ', start);
    if (!cutRun || cutRun(text.slice(start, end))) segmentRun(text, start, end, words(), emit);
    else emit(text.slice(start, end), start);
    if (isTokenAt(text, end)) emit(' ', end);
    copiedTo = end;
  }
  if (copiedTo === 0) {
    if (map) emit(text, 0);
    return text;
  }
  if (copiedTo < text.length) emit(text.slice(copiedTo), copiedTo);
  return out;
}

/** The grapheme clusters of every SEA run of `text`, joined by single spaces. */
export function seaGraphemeClusters(text: string): string {
  const clusters: string[] = [];
  for (const [start, end] of seaRuns(text)) {
    segmentRun(text, start, end, graphemes(), (piece) => {
      if (piece !== ' ') clusters.push(piece);
    });
  }
  return clusters.join(' ');
}
