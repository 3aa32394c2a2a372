// Grapheme clusters of Thai, Lao, Khmer and Burmese by a rule of the project's own: a character
// with the marks after it (Thai and Lao SARA AM count as marks), and consonants stacked with a
// Khmer coeng or a Burmese virama kept together. Unlike Intl.Segmenter it gives the same clusters
// in every runtime, including browsers that lack Intl.Segmenter.

const CLUSTER = /.(?:[\u17d2\u1039]\P{M}|[\p{M}\u0e33\u0eb3])*/gsu;

export interface Segment {
  segment: string;
  index: number;
}

/** The clusters of `text` with their offsets, in the shape Intl.Segmenter gives segments. */
export function* clusterSegments(text: string): Generator<Segment> {
  for (const m of text.matchAll(CLUSTER)) yield { segment: m[0], index: m.index };
}
