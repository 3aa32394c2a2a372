// The one text pipeline shared by indexing, querying and snippets: what is indexed and what is
// typed go through the same function, so they compare equal.

import { foldCharacters } from './fold.ts';
import { OffsetMap } from './offset-map.ts';
import { hasSeaScript } from './scripts.ts';
import { seaGraphemeClusters, segmentSeaWords } from './segment.ts';

export interface NormalisedText {
  text: string;
  /** For each code unit of `text`, the index of the code unit of the original it came from. */
  map: Int32Array;
}

function assertString(text: unknown, caller: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${caller} expects a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/**
 * NFKC (canonical composition only for SEA scripts), case folding, Latin diacritics and đ folded,
 * invisible characters, NUL, DEL and lone surrogates dropped (zero-width space becomes a space),
 * other control characters turned into spaces, newlines kept (line and paragraph separators become
 * newlines), and Thai, Lao, Khmer and Burmese cut into words joined by spaces and set apart by a
 * space from letters and digits of other scripts.
 */
export function normalise(text: string): string {
  assertString(text, 'normalise');
  const folded = foldCharacters(text, null);
  return hasSeaScript(folded) ? segmentSeaWords(folded, null, null) : folded;
}

/**
 * The exact form: the same words as normalise(), in the same order, with Latin diacritics and đ
 * kept (in NFC), so that a word typed with marks can be told from its other forms.
 */
export function normaliseExact(text: string): string {
  assertString(text, 'normaliseExact');
  const folded = foldCharacters(text, null, true);
  return hasSeaScript(folded) ? segmentSeaWords(folded, null, null) : folded;
}

/**
 * The same text as normalise(), with a map from each output code unit back to the original. With
 * `cutRun`, a run of Thai, Lao, Khmer or Burmese it does not accept is left as one word: cutting
 * words is most of the cost of a page in those scripts, and a caller looking for a few words needs
 * only the runs that hold them cut.
 */
export function normaliseWithMap(text: string, cutRun?: (run: string) => boolean): NormalisedText {
  assertString(text, 'normaliseWithMap');
  const foldMap = new OffsetMap(text.length + 16);
  const folded = foldCharacters(text, foldMap);
  if (!hasSeaScript(folded)) return { text: folded, map: foldMap.toArray() };
  const map = new OffsetMap(folded.length + (folded.length >> 2) + 16);
  const segmented = segmentSeaWords(folded, foldMap.toArray(), map, cutRun);
  return { text: segmented, map: map.toArray() };
}

/**
 * Only the Thai, Lao, Khmer and Burmese parts of the text, folded like normalise() and cut into
 * grapheme clusters joined by spaces: the secondary index where a phrase of clusters finds a word
 * however the word segmenter cut the sentence around it.
 */
export function seaClusters(text: string): string {
  assertString(text, 'seaClusters');
  if (!hasSeaScript(text)) return '';
  return seaGraphemeClusters(foldCharacters(text, null));
}
