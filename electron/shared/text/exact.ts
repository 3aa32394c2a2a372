// Words typed with marks match that form only. Beside its folded words, the index holds for each
// text with a marked word (a Latin letter with a diacritic, or đ) an exact column: one token per
// word, the folded word, a separator, and the word's exact form when it differs. A marked word of a
// query is then one token there ("tu·tư" finds tư, never tự), and an unmarked one the prefix
// "tu·", which finds every form, so a phrase can mix both.

import { normaliseExact } from './normalise.ts';
import { splitWords } from './words.ts';

/** A private-use character: a letter to the index's tokenizer, so a token never splits at it. */
export const EXACT_SEPARATOR = '\ue000';

/**
 * True when the text holds a character that can make a marked Latin word: a combining diacritic,
 * or a letter of the Latin blocks with precomposed diacritics (đ among them). Text without any,
 * English, Thai, Lao, Khmer and Burmese alike, is spared a second pass through the pipeline.
 */
function mayHoldMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) continue;
    if (
      c <= 0x36f ||
      (c >= 0x1e00 && c <= 0x1eff) ||
      (c >= 0x2c60 && c <= 0x2c7f) ||
      (c >= 0xa720 && c <= 0xa7ff) ||
      (c >= 0xab30 && c <= 0xab6f)
    ) {
      return true;
    }
  }
  return false;
}

/** The token of a word in the exact column. */
export function exactToken(folded: string, exact: string): string {
  return `${folded}${EXACT_SEPARATOR}${exact === folded ? '' : exact}`;
}

/**
 * The exact forms of the words of `text`, in order, aligned with `words` (splitWords of
 * normalise(text)); null when no word carries a mark.
 */
export function exactWordsOf(text: string, words: readonly string[]): string[] | null {
  if (!mayHoldMarks(text)) return null;
  const exact = splitWords(normaliseExact(text));
  if (exact.length !== words.length) return null;
  return exact.some((w, i) => w !== words[i]) ? exact : null;
}

/**
 * The exact column for a text whose normalised form is `normalised`: every word's token, or ''
 * when no word carries a mark (most text in most languages, which then costs the index nothing)
 * unless `always`, for a text that stands beside marked ones in one row.
 */
export function exactIndexText(text: string, normalised: string, always = false): string {
  const words = splitWords(normalised);
  const exact = exactWordsOf(text, words);
  if (exact === null && !always) return '';
  return words.map((w, i) => exactToken(w, exact?.[i] ?? w)).join(' ');
}
