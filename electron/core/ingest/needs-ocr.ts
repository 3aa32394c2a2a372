// Which pages of a PDF need optical character recognition, and why. A page's text layer can be
// missing (a scan), made of characters that stand for nothing (fonts whose glyphs map to private-use
// or control codes), impossible in its script (a Khmer subscript sign with no letter under it, a
// Thai tone mark on no consonant: the writer's font mapped clusters wrongly), short of the letters
// it draws (office suites that map some Khmer and Burmese glyphs to no character), or a sentence or
// two over a page-sized picture (a scan with a typed caption). Pure functions: the reader gathers
// the evidence (`PageEvidence`) and these decide.

/** Why a page's text cannot be trusted and its image should be read instead. */
export type OcrReason = 'no-text' | 'lost-letters' | 'garbage' | 'broken-script' | 'mostly-image';

/** What reading one page showed of its text layer. */
export interface PageEvidence {
  /** The page's text as extracted. */
  text: string;
  /** Code points the page's text runs carried, those that stand for no character included. */
  drawnChars?: number;
  /** Of those, the ones that stand for no character: control codes and replacement characters. */
  unmappedChars?: number;
  /** Share of the page's area covered by images (0 to 1), where it was measured. */
  imageShare?: number;
}

export interface PageOcrNeed {
  /** 1-based page number. */
  page: number;
  reason: OcrReason;
}

/** A share of unmapped code points above this means whole letters are missing from the text. */
export const LOST_LETTERS_SHARE = 0.02;
/** Fewer unmapped code points than this is a stray mark, not a font that lost its letters. */
const LOST_LETTERS_MIN = 5;
/** A share of garbage characters above this makes the text unusable for search. */
export const GARBAGE_SHARE = 0.2;
/** Script-rule breaks per letter of the script above this: the font's mapping is broken. */
export const BROKEN_SCRIPT_SHARE = 0.01;
/** Fewer breaks than this may be a typing slip in a born-digital text. */
const BROKEN_SCRIPT_MIN = 3;
/** A page at least this much covered by images... */
export const MOSTLY_IMAGE_SHARE = 0.5;
/** ...with fewer letters than this is a picture of text with a caption at most. */
export const MOSTLY_IMAGE_MAX_CHARS = 200;

/** The scripts each language is written in besides Latin (which every document may quote). */
const LANGUAGE_SCRIPTS: Record<string, RegExp> = {
  th: /\p{Script=Thai}/u,
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  my: /\p{Script=Myanmar}/u,
};
const LATIN_LANGUAGES = new Set(['en', 'vi', 'id', 'ms', 'fil', 'tl']);

const letterOrMark = /[\p{L}\p{M}]/u;
const latinOrCommon = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const alwaysGarbage = /[\uFFFD\p{Co}\p{Cs}]|(?![\n\t\r])\p{Cc}/u;

function baseLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** True when `char` is a letter in no script `language` is written in. */
function foreignLetter(char: string, language: string): boolean {
  if (!letterOrMark.test(char) || latinOrCommon.test(char)) return false;
  const base = baseLanguage(language);
  const own = LANGUAGE_SCRIPTS[base];
  if (own) return !own.test(char);
  // Unknown languages accept any script: only the characters that are never text count.
  return LATIN_LANGUAGES.has(base);
}

/**
 * The share of a text's visible characters that are garbage: replacement characters, private-use
 * and control codes, and letters of scripts the document's language is not written in.
 */
export function garbageShare(text: string, language: string): number {
  let visible = 0;
  let garbage = 0;
  for (const char of text) {
    // Printable ASCII, most of most pages, is visible and never garbage: no pattern need look.
    if (char > ' ' && char < '\x7F') {
      visible++;
      continue;
    }
    if (/\s/u.test(char)) continue;
    visible++;
    if (alwaysGarbage.test(char) || foreignLetter(char, language)) garbage++;
  }
  return visible === 0 ? 0 : garbage / visible;
}

const khmerConsonant = /[\u1780-\u17A2]/u;
/** A Khmer letter or sign: what a vowel sign or another sign may follow in a cluster. */
const khmerAny = /[\u1780-\u17D3\u17DD]/u;
const khmerSign = /[\u17B6-\u17D1\u17D3\u17DD]/u;
const thaiConsonant = /[\u0E01-\u0E2E]/u;
const thaiMark = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const laoConsonant = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/u;
const laoMark = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/u;
const burmeseBase =
  /[\u1000-\u102A\u103F\u104E\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E]/u;
const burmeseMedial = /[\u103B-\u103E\u105E-\u1060\u1082]/u;
/** Marks a Burmese medial may follow on its consonant: the stacking sign's lower consonant, the asat. */
const burmeseBeforeMedial = /[\u1039\u103A]/u;
const scriptLetter = /[\u0E01-\u0E2E\u0E81-\u0EAE\u1000-\u102A\u1780-\u17B3]/u;
/** The blocks every rule and counted letter above belongs to. */
const rulesScripts = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;

/** True when `char` may not stand where it does after `previous` (a mark needs its base). */
function breaksRule(previous: string, char: string, next: string): boolean {
  if (char === '\u17D2') return !khmerConsonant.test(next);
  if (khmerSign.test(char)) return !khmerAny.test(previous);
  if (thaiMark.test(char)) return !(thaiConsonant.test(previous) || thaiMark.test(previous));
  if (laoMark.test(char)) return !(laoConsonant.test(previous) || laoMark.test(previous));
  if (burmeseMedial.test(char))
    return !(
      burmeseBase.test(previous) ||
      burmeseMedial.test(previous) ||
      burmeseBeforeMedial.test(previous)
    );
  return false;
}

/**
 * How often a text breaks the rules of the Thai, Lao, Khmer and Burmese scripts: a Khmer subscript
 * sign (coeng) with no consonant after it, a Khmer vowel sign, Thai or Lao vowel or tone mark with
 * no letter before it, a Burmese medial with no consonant. Counted per letter of those scripts.
 */
export function scriptRuleBreaks(text: string): { breaks: number; letters: number } {
  // Most pages hold none of these scripts: one scan tells, without splitting the page into letters.
  if (!rulesScripts.test(text)) return { breaks: 0, letters: 0 };
  const chars = [...text];
  let breaks = 0;
  let letters = 0;
  chars.forEach((char, i) => {
    // The rules and letters counted are all of these scripts, none below U+0E00.
    if (char < '\u0E00') return;
    if (scriptLetter.test(char)) letters++;
    if (breaksRule(chars[i - 1] ?? '', char, chars[i + 1] ?? '')) breaks++;
  });
  return { breaks, letters };
}

const unmappedChar = /[\p{Cc}\uFFFD\uFFFE\uFFFF]/u;

/**
 * The code points a page's text runs (pdf.js `str`) carry, and how many of them stand for no
 * character. Glyphs a writer mapped to control codes are letters drawn on the page but missing
 * from its text. Counting glyphs themselves would need each run's font program (pdf.js's operator
 * list, about 0.2 s for a dense page against a few milliseconds for the text); the unmapped code
 * points are what the text layer itself shows of the same loss, at no cost. A glyph mapped to
 * nothing at all (no code point) leaves no trace here and is not counted.
 */
export function runEvidence(runs: readonly { str: string }[]): {
  drawnChars: number;
  unmappedChars: number;
} {
  let drawnChars = 0;
  let unmappedChars = 0;
  for (const { str } of runs) {
    for (const char of str) {
      // Printable ASCII, most of most runs, is drawn and mapped: no pattern need look.
      if (char > ' ' && char < '\x7F') drawnChars++;
      else if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') {
        drawnChars++;
        if (unmappedChar.test(char)) unmappedChars++;
      }
    }
  }
  return { drawnChars, unmappedChars };
}

/** Why the page needs OCR, or null when its text layer can be trusted. */
export function ocrReason(page: PageEvidence, language: string): OcrReason | null {
  const text = page.text.trim();
  if (text === '') return 'no-text';
  const { drawnChars = 0, unmappedChars = 0 } = page;
  if (unmappedChars >= LOST_LETTERS_MIN && unmappedChars > LOST_LETTERS_SHARE * drawnChars)
    return 'lost-letters';
  if (garbageShare(text, language) > GARBAGE_SHARE) return 'garbage';
  const { breaks, letters } = scriptRuleBreaks(text);
  if (breaks >= BROKEN_SCRIPT_MIN && breaks > BROKEN_SCRIPT_SHARE * letters) return 'broken-script';
  if ((page.imageShare ?? 0) < MOSTLY_IMAGE_SHARE) return null;
  const chars = [...text.replace(/\s/gu, '')].length;
  return chars < MOSTLY_IMAGE_MAX_CHARS ? 'mostly-image' : null;
}

/** The pages of a document (in page order) that need OCR, each with its reason. */
export function pagesNeedingOcr(pages: readonly PageEvidence[], language: string): PageOcrNeed[] {
  const needs: PageOcrNeed[] = [];
  pages.forEach((page, i) => {
    const reason = ocrReason(page, language);
    if (reason) needs.push({ page: i + 1, reason });
  });
  return needs;
}

/** The affine transform of one image drawn on a page: the unit square to page space. */
export type ImageTransform = readonly [number, number, number, number, number, number];

/**
 * The share of the page that the images drawn with `transforms` cover, from their bounding boxes
 * clipped to the page (overlaps counted once per image, so a share is capped at 1).
 */
export function imageAreaShare(
  transforms: readonly ImageTransform[],
  view: readonly [number, number, number, number],
): number {
  const [vx0, vy0, vx1, vy1] = view;
  const pageArea = Math.abs((vx1 - vx0) * (vy1 - vy0));
  if (pageArea === 0) return 0;
  let covered = 0;
  for (const [a, b, c, d, e, f] of transforms) {
    const xs = [e, e + a, e + c, e + a + c];
    const ys = [f, f + b, f + d, f + b + d];
    const x0 = Math.max(Math.min(...xs), Math.min(vx0, vx1));
    const x1 = Math.min(Math.max(...xs), Math.max(vx0, vx1));
    const y0 = Math.max(Math.min(...ys), Math.min(vy0, vy1));
    const y1 = Math.min(Math.max(...ys), Math.max(vy0, vy1));
    if (x1 > x0 && y1 > y0) covered += (x1 - x0) * (y1 - y0);
  }
  return Math.min(1, covered / pageArea);
}
