// The cluster column of the text indexes holds pairs of adjacent Thai, Lao, Khmer and Burmese
// grapheme clusters, one token each, instead of single clusters: a term of n clusters is then a
// phrase of n - 1 pair tokens, each far rarer than its clusters alone, so FTS5 reads a few short
// position lists instead of those of the commonest letters of the script in every document.
import { seaClusters } from './normalise.ts';
import { splitWords } from './words.ts';

/**
 * Joins the two clusters of a pair, and ends the last cluster of a text, which has no next one.
 * A private-use character: a token character for the index (fts-tokenizer.ts) that no cluster of
 * those scripts holds, so a cluster followed by it is that cluster and no longer one.
 */
export const PAIR_JOINER = '\ue000';

/** One token per cluster: the cluster joined to the next one, or to nothing for the last. */
export function clusterPairTokens(clusters: readonly string[]): string[] {
  return clusters.map((cluster, i) => cluster + PAIR_JOINER + (clusters[i + 1] ?? ''));
}

/** What the cluster column indexes for `text`: its cluster pairs, space-separated. */
export function seaClusterPairs(text: string): string {
  return clusterPairTokens(splitWords(seaClusters(text))).join(' ');
}

/**
 * The cluster column's tokens for a term of `clusters`, in a row: its n - 1 pairs; a term of one
 * cluster is the start of the tokens that begin with that cluster (`prefix`), wherever it stands.
 * With `lastOpen` (a term being typed), the last cluster may be the start of a longer one (น
 * before its vowel makes นุ), so the last pair is the start of the tokens it begins too.
 */
export function clusterPairQuery(
  clusters: readonly string[],
  lastOpen = false,
): {
  tokens: string[];
  prefix: boolean;
} {
  if (clusters.length === 1) return { tokens: [`${clusters[0]}${PAIR_JOINER}`], prefix: true };
  return { tokens: clusterPairTokens(clusters).slice(0, -1), prefix: lastOpen };
}
