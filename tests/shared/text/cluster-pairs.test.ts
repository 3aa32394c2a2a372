import { describe, expect, it } from 'vitest';
import {
  clusterPairQuery,
  clusterPairTokens,
  PAIR_JOINER,
  seaClusterPairs,
} from '#shared/text/cluster-pairs.ts';
import { seaClusters } from '#shared/text/normalise.ts';
import { splitWords } from '#shared/text/words.ts';
import { SAMPLES } from './samples.ts';

const J = PAIR_JOINER;

describe('cluster pairs', () => {
  it('joins each cluster to the next, the last to nothing, across the runs of the text', () => {
    expect(clusterPairTokens(['ก', 'า', 'ร'])).toEqual([`ก${J}า`, `า${J}ร`, `ร${J}`]);
    expect(seaClusterPairs('ILO ค้าม 2024 ສືບ')).toBe(`ค้${J}า า${J}ม ม${J}ສື ສື${J}ບ ບ${J}`);
    expect(seaClusterPairs('Human trafficking')).toBe('');
  });

  it('indexes one token per cluster, each a single word of the index', () => {
    for (const lang of ['th', 'lo', 'km', 'my'] as const) {
      const clusters = splitWords(seaClusters(SAMPLES[lang]));
      const tokens = splitWords(seaClusterPairs(SAMPLES[lang]));
      expect(tokens, lang).toHaveLength(clusters.length);
      expect(
        tokens.map((t) => t.split(J)[0]),
        lang,
      ).toEqual(clusters);
    }
  });

  it('makes a term of n clusters a phrase of its n - 1 pairs, and one of a single cluster a prefix', () => {
    expect(clusterPairQuery(['ศา', 'ล'])).toEqual({ tokens: [`ศา${J}ล`], prefix: false });
    expect(clusterPairQuery(['ก', 'า', 'ร'])).toEqual({
      tokens: [`ก${J}า`, `า${J}ร`],
      prefix: false,
    });
    expect(clusterPairQuery(['ศ'])).toEqual({ tokens: [`ศ${J}`], prefix: true });
  });
});
