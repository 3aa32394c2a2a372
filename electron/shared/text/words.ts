// Words of normalised text as the FTS5 tokenizer sees them: maximal runs of letters, numbers,
// private-use characters and marks ('L* N* Co M*'); everything else separates words.

const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

export function splitWords(normalised: string): string[] {
  return normalised.match(WORD) ?? [];
}

export function wordSpans(normalised: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of normalised.matchAll(WORD)) {
    spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
