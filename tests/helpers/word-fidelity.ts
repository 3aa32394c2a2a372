// Two counts that hold a PDF's extracted text against the text it was printed from, for scripts
// written without spaces between words (Thai, Lao, Khmer, Burmese):
// - a split word: a space between two letters of such a script where the source has none;
// - a lost letter: a letter of such a script in the source that the extraction does not hold
//   (compared as multisets, so order and page furniture do not count).

const letter =
  '[\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u19E0-\\u19FF\\uAA60-\\uAA7F\\uA9E0-\\uA9FF]';
const letters = new RegExp(letter, 'gu');
/** A space (or several) between two letters of these scripts, letters kept as lookarounds. */
const spaceBetweenLetters = new RegExp(`(?<=${letter}) +(?=${letter})`, 'gu');
/** How many letters on each side of a space identify its place in the source. */
const CONTEXT = 4;

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Spaces (or line breaks) in `extracted` between two such letters whose neighbourhood the source
 * holds without any space and never with that one. A neighbourhood the source does not hold at all (lost letters,
 * furniture) is not counted: the lost-letter count covers it.
 */
export function splitWords(extracted: string, source: string): string[] {
  const text = normalise(extracted);
  const withSpaces = normalise(source);
  const splits: string[] = [];
  for (const match of text.matchAll(spaceBetweenLetters)) {
    const at = match.index;
    const left = [...text.slice(0, at).split(' ').at(-1)!].slice(-CONTEXT).join('');
    const right = [...text.slice(at + match[0].length).split(' ')[0]!].slice(0, CONTEXT).join('');
    if (withSpaces.includes(left + right) && !withSpaces.includes(`${left} ${right}`))
      splits.push(`${left} ${right}`);
  }
  return splits;
}

function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [ch] of text.normalize('NFC').matchAll(letters))
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** The letters of these scripts that the source has more of than the extraction, one per loss. */
export function lostLetters(extracted: string, source: string): string[] {
  const have = letterCounts(extracted);
  const lost: string[] = [];
  for (const [ch, count] of letterCounts(source))
    for (let k = have.get(ch) ?? 0; k < count; k++) lost.push(ch);
  return lost;
}
