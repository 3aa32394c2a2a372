// Tokens of the static copy's search index, made by the app's own text pipeline: words as the
// engine indexes them (normalised, folded, segmented), and grapheme clusters of Thai, Lao, Khmer
// and Burmese by the project's cluster rule, so that a browser without Intl.Segmenter still finds
// those words by their clusters, and however a word segmenter cut the sentence around them. A word
// written with marks (Latin diacritics or đ) is also held as its exact token, which a query word
// typed with marks looks up, as the app's exact column does.
import type { Term } from '../search/query-parser.ts';
import { clusterSegments } from '../text/clusters.ts';
import { exactToken, exactWordsOf } from '../text/exact.ts';
import { foldCharacters } from '../text/fold.ts';
import { normalise } from '../text/normalise.ts';
import { hasSeaScript, isSeaCodeUnit } from '../text/scripts.ts';
import { splitWords } from '../text/words.ts';

/** The words of `text` as the engine indexes them, then the exact tokens of its marked words. */
export function wordTokens(text: string): string[] {
  const words = splitWords(normalise(text));
  const exact = exactWordsOf(text, words);
  if (exact === null) return words;
  const marked = words.flatMap((w, i) => {
    const form = exact[i] ?? w;
    return form === w ? [] : [exactToken(w, form)];
  });
  return [...words, ...marked];
}

/** A term's words as the copy looks them up: each word typed with marks as its exact token. */
export function termWordTokens(term: Term): string[] {
  const exact = term.exact;
  if (exact === undefined) return term.words;
  return term.words.map((w, i) => (exact[i] ? exactToken(w, exact[i]) : w));
}

/** The Thai, Lao, Khmer and Burmese clusters of `text` in order, folded like words. */
function seaClusters(text: string): string[] {
  if (!hasSeaScript(text)) return [];
  const clusters: string[] = [];
  for (const word of splitWords(foldCharacters(text, null))) {
    for (const { segment } of clusterSegments(word)) {
      if (isSeaCodeUnit(segment.charCodeAt(0))) clusters.push(segment);
    }
  }
  return clusters;
}

// Pairs of adjacent clusters stand in for the app's cluster phrases: a query's clusters must
// follow one another (across spaces and other scripts, as in the app's cluster index), not merely
// occur somewhere in the document.
function pairs(clusters: string[]): string[] {
  return clusters.slice(1).map((cluster, i) => `${clusters[i]}_${cluster}`);
}

/** For the index: every cluster, and every pair of adjacent clusters. */
export function clusterTokens(text: string): string[] {
  const clusters = seaClusters(text);
  return [...clusters, ...pairs(clusters)];
}

/** For a query: its pairs of adjacent clusters, or its one cluster. */
export function clusterQueryTokens(text: string): string[] {
  const clusters = seaClusters(text);
  return clusters.length === 1 ? clusters : pairs(clusters);
}

/** Each distinct token once, in the order first seen. */
export function distinct(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
