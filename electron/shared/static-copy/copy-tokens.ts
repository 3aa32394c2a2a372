// Tokens of the static copy's search index, made by the app's own text pipeline: words as the
// engine indexes them (normalised, folded, segmented), and grapheme clusters of Thai, Lao, Khmer
// and Burmese by the project's cluster rule, so that a browser without Intl.Segmenter still finds
// those words by their clusters, and however a word segmenter cut the sentence around them.
import { clusterSegments } from '../text/clusters.ts';
import { foldCharacters } from '../text/fold.ts';
import { normalise } from '../text/normalise.ts';
import { hasSeaScript, isSeaCodeUnit } from '../text/scripts.ts';
import { splitWords } from '../text/words.ts';

export function wordTokens(text: string): string[] {
  return splitWords(normalise(text));
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
