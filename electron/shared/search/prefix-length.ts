// The shortest word a search reads as a prefix: a one-letter prefix stands for a good part of the
// library's words, each of which the index then reads. Letters count in scripts written with
// spaces (Latin, Vietnamese); grapheme clusters in Thai, Lao, Khmer and Burmese, where a cluster
// is a consonant with its vowel and tone marks.
import { seaClusters } from '../text/normalise.ts';
import { hasSeaScript } from '../text/scripts.ts';
import { splitWords } from '../text/words.ts';

export const MIN_PREFIX_LETTERS = 2;
export const MIN_PREFIX_CLUSTERS = 2;

/** Whether a normalised word is long enough to stand for the longer words it begins. */
export function isLongEnoughPrefix(word: string): boolean {
  if (hasSeaScript(word)) return splitWords(seaClusters(word)).length >= MIN_PREFIX_CLUSTERS;
  return [...word].length >= MIN_PREFIX_LETTERS;
}
