// Folds text for matching the way a reader expects a search to: case, Latin accents and tone
// marks, Vietnamese đ, and compatibility forms (ligatures such as "ﬁ" in PDF text) are ignored.
// Keeps a map back to the original, so a match in the folded text can be highlighted in place.

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index of the original unit it came from. */
  origin: number[];
}

// Blocks of combining marks that only decorate Latin, Greek or Cyrillic letters (accents,
// Vietnamese tones). Marks of Thai, Lao, Khmer and Burmese are letters of their words and stay.
const DECORATING_MARKS: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

export function isDecoratingMark(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return DECORATING_MARKS.some(([from, to]) => cp >= from && cp <= to);
}

function foldCodePoint(cp: string): string {
  const base = [...cp.normalize('NFKD')].filter((c) => !isDecoratingMark(c)).join('');
  return base.replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

export function foldText(input: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const cp of input) {
    const folded = foldCodePoint(cp);
    text += folded;
    for (let k = 0; k < folded.length; k++) origin.push(index);
    index += cp.length;
  }
  return { text, origin };
}

/** The folded form alone, for the terms of a query. */
export function fold(input: string): string {
  return foldText(input).text;
}
