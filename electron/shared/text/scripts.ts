// Character classes the text pipeline needs, answered from a lazily filled table so that the hot
// loops never allocate a string or run a regular expression per character.

/** The scripts written without spaces between words, which need a word segmenter. */
export type SeaScript = 'thai' | 'lao' | 'khmer' | 'myanmar';

/** The SEA script of a code point, or null. */
export function seaScriptOf(cp: number): SeaScript | null {
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
  if (cp >= 0x0e80 && cp <= 0x0eff) return 'lao';
  if (cp >= 0x1780 && cp <= 0x17ff) return 'khmer';
  if (cp >= 0x19e0 && cp <= 0x19ff) return 'khmer';
  if (cp >= 0x1000 && cp <= 0x109f) return 'myanmar';
  if (cp >= 0xa9e0 && cp <= 0xa9ff) return 'myanmar';
  if (cp >= 0xaa60 && cp <= 0xaa7f) return 'myanmar';
  return null;
}

/** True for a UTF-16 code unit of Thai, Lao, Khmer or Burmese (all of them lie in the BMP). */
export function isSeaCodeUnit(c: number): boolean {
  if (c < 0x0e00) return false;
  return (
    c <= 0x0eff ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x19e0 && c <= 0x19ff) ||
    (c >= 0xa9e0 && c <= 0xa9ff) ||
    (c >= 0xaa60 && c <= 0xaa7f)
  );
}

/** True when the text holds any Thai, Lao, Khmer or Burmese character. */
export function hasSeaScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isSeaCodeUnit(text.charCodeAt(i))) return true;
  }
  return false;
}

const COMPUTED = 1;
const TOKEN = 2;
const MARK = 4;
const LATIN = 8;

const TOKEN_RE = /^[\p{L}\p{N}\p{Co}\p{M}]$/u;
const MARK_RE = /^\p{M}$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;

// One byte of flags per BMP code point, computed on first sight.
const bmpFlags = new Uint8Array(0x10000);
const astralFlags = new Map<number, number>();

function computeFlags(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = COMPUTED;
  if (TOKEN_RE.test(ch)) f |= TOKEN;
  if (MARK_RE.test(ch)) f |= MARK;
  if (LATIN_RE.test(ch)) f |= LATIN;
  return f;
}

function flagsOf(cp: number): number {
  if (cp < 0x10000) {
    let f = bmpFlags[cp] ?? 0;
    if (f === 0) {
      f = computeFlags(cp);
      bmpFlags[cp] = f;
    }
    return f;
  }
  let f = astralFlags.get(cp);
  if (f === undefined) {
    f = computeFlags(cp);
    astralFlags.set(cp, f);
  }
  return f;
}

/**
 * True for characters that the FTS5 tokenizer keeps inside tokens (categories L*, N*, Co, M*);
 * everything else separates tokens.
 */
export function isTokenCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  }
  return (flagsOf(cp) & TOKEN) !== 0;
}

/** True for combining marks (Mn, Mc, Me). */
export function isMarkCodePoint(cp: number): boolean {
  return cp >= 0x300 && (flagsOf(cp) & MARK) !== 0;
}

/** True for letters of the Latin script (whose diacritics the pipeline folds away). */
export function isLatinCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return (flagsOf(cp) & LATIN) !== 0;
}
