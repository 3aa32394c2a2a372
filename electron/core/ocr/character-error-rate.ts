// How far recognised text is from the text a page really holds: the character error rate, edits
// (characters inserted, left out or changed) per hundred characters of the real text. Spaces are
// not counted: Thai, Lao, Khmer and Burmese put none between words, and a recogniser's spacing of
// them says nothing of whether it read the letters right. Both texts are compared in NFC, so a
// Vietnamese letter written with combining marks equals the same letter precomposed.

const comparable = (text: string) => [...text.normalize('NFC').replace(/\s+/gu, '')];

/** Edits per hundred characters of the reference (0 when both are empty). */
export function characterErrorRate(recognised: string, reference: string): number {
  const got = comparable(recognised);
  const want = comparable(reference);
  if (want.length === 0) return got.length === 0 ? 0 : 100;
  // Levenshtein distance, one row at a time.
  let previous = Array.from({ length: got.length + 1 }, (_, i) => i);
  for (let i = 1; i <= want.length; i++) {
    const current = [i];
    for (let j = 1; j <= got.length; j++) {
      const change = previous[j - 1]! + (want[i - 1] === got[j - 1] ? 0 : 1);
      current.push(Math.min(change, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return (100 * previous[got.length]!) / want.length;
}
