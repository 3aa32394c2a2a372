// Character folding, the first pass of the text pipeline: NFKC, case folding, Latin diacritics,
// invisible and control characters. Word segmentation of SEA scripts is the second pass. The exact
// form folds the same way but keeps Latin diacritics and đ, so a word typed with marks can be told
// from its other forms; it cuts the text into the same words.
//
// Folding works on clusters (a character and the combining marks after it), so the result is the
// same whether a text arrives composed or decomposed, and each output code unit can be traced to
// the cluster it came from.

import type { OffsetMap } from './offset-map.ts';
import { isLatinCodePoint, isMarkCodePoint, seaScriptOf } from './scripts.ts';

const THAI_NIKHAHIT = 0x0e4d;
const THAI_SARA_AA = 0x0e32;
const LAO_NIKHAHIT = 0x0ecd;
const LAO_SARA_AA = 0x0eb2;

// Replacements decided before any Unicode normalisation.
const SPECIAL = new Map<number, string>([
  [0x0000, ''], // pdf.js writes U+0000 for glyphs it cannot map
  [0x007f, ''],
  [0x0085, '\n'],
  [0x00ad, ''], // soft hyphen: joins the halves of a hyphenated word
  [0x200b, ' '], // zero-width space separates words in Khmer, Burmese and Lao
  [0x200c, ''],
  [0x200d, ''],
  [0x2028, '\n'],
  [0x2029, '\n'],
  [0x2060, ''],
  [0xfeff, ''],
  [0xfffd, ''],
]);

/** Letters that carry a diacritic without decomposing into base + mark. */
const UNDECOMPOSED_LATIN = new Map<string, string>([['đ', 'd']]);

function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

function controlReplacement(cp: number): string | null {
  if (cp === 0x0a) return '\n';
  if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0)) return ' ';
  if (cp >= 0xd800 && cp <= 0xdfff) return ''; // a lone surrogate: broken text
  return null;
}

/** Thai and Lao SARA AM decomposed by an extractor (nikhahit + sara aa) back into one letter. */
function composeSaraAm(s: string): string {
  if (s.length < 2) return s;
  return s.replaceAll('\u0e4d\u0e32', '\u0e33').replaceAll('\u0ecd\u0eb2', '\u0eb3');
}

/**
 * Drops variation selectors anywhere and, unless `keepMarks`, U+0300–U+036F marks that follow a
 * Latin letter (and đ's stroke).
 */
function stripMarks(decomposed: string, keepMarks: boolean): string {
  let out = '';
  let afterLatin = false;
  for (const ch of decomposed) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isVariationSelector(cp)) continue;
    if (keepMarks) {
      out += ch;
      continue;
    }
    if (cp >= 0x300 && cp <= 0x36f && afterLatin) continue;
    if (!isMarkCodePoint(cp)) afterLatin = isLatinCodePoint(cp);
    out += UNDECOMPOSED_LATIN.get(ch) ?? ch;
  }
  return out;
}

/** Folds one cluster: a base character and the combining marks after it. */
function foldCluster(cluster: string, keepMarks: boolean): string {
  const base = cluster.codePointAt(0) ?? 0;
  const baseLength = base > 0xffff ? 2 : 1;
  const replacement = SPECIAL.get(base) ?? controlReplacement(base);
  if (replacement !== null) {
    const rest = cluster.slice(baseLength);
    return rest === '' ? replacement : replacement + foldCluster(rest, keepMarks);
  }
  // SEA scripts get canonical (not compatibility) composition: NFKC would split SARA AM,
  // and the segmenter's dictionaries only know the composed letter.
  if (seaScriptOf(base) !== null) return composeSaraAm(cluster.normalize('NFC'));
  let folded = cluster.normalize('NFKC').toLowerCase();
  // Full case folding where toLowerCase stops short.
  if (folded.includes('ß')) folded = folded.replaceAll('ß', 'ss');
  if (folded.includes('ς')) folded = folded.replaceAll('ς', 'σ');
  return stripMarks(folded.normalize('NFD'), keepMarks).normalize('NFC');
}

const CLUSTER_MEMO_LIMIT = 20000;

/** Folded code points and clusters of one folding, remembered. */
class FoldMemo {
  // Single code points: state 1 = unchanged, 2 = see bmpFolded.
  private readonly bmpState = new Uint8Array(0x10000);
  private readonly bmpFolded: Array<string | undefined> = [];
  private readonly astralFolded = new Map<number, string>();
  // Multi-character clusters, bounded so a hostile text cannot grow it forever.
  private readonly clusterMemo = new Map<string, string>();

  private readonly keepMarks: boolean;

  constructor(keepMarks: boolean) {
    this.keepMarks = keepMarks;
  }

  codePoint(cp: number, ch: string): string {
    if (cp < 0x10000) {
      const state = this.bmpState[cp];
      if (state === 1) return ch;
      if (state === 2) return this.bmpFolded[cp] ?? ch;
      const folded = foldCluster(ch, this.keepMarks);
      if (folded === ch) {
        this.bmpState[cp] = 1;
      } else {
        this.bmpState[cp] = 2;
        this.bmpFolded[cp] = folded;
      }
      return folded;
    }
    let folded = this.astralFolded.get(cp);
    if (folded === undefined) {
      folded = foldCluster(ch, this.keepMarks);
      this.astralFolded.set(cp, folded);
    }
    return folded;
  }

  cluster(cluster: string): string {
    let folded = this.clusterMemo.get(cluster);
    if (folded === undefined) {
      folded = foldCluster(cluster, this.keepMarks);
      if (this.clusterMemo.size >= CLUSTER_MEMO_LIMIT) this.clusterMemo.clear();
      this.clusterMemo.set(cluster, folded);
    }
    return folded;
  }
}

const folding = new FoldMemo(false);
const exactFolding = new FoldMemo(true);

/** True for ASCII that folding leaves unchanged: printable, not upper case, or a newline. */
function isPlainAscii(c: number): boolean {
  return (c >= 0x20 && c < 0x41) || (c > 0x5a && c < 0x7f) || c === 0x0a;
}

const PLAIN_ASCII_TEXT = /^[\n\x20-\x7e]*$/;

/**
 * First pass of the pipeline. When `map` is given, it receives one source offset per output
 * code unit. With `keepMarks`, Latin diacritics and đ stay (the exact form).
 */
export function foldCharacters(text: string, map: OffsetMap | null, keepMarks = false): string {
  const memo = keepMarks ? exactFolding : folding;
  if (PLAIN_ASCII_TEXT.test(text)) {
    map?.range(0, text.length);
    return text.toLowerCase();
  }
  let out = '';
  let unchangedFrom = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    let end: number;
    let folded: string;
    if (c < 0x80 && next < 0x300) {
      if (isPlainAscii(c)) {
        i++;
        continue;
      }
      end = i + 1;
      folded =
        c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : memo.codePoint(c, text[i] ?? '');
    } else {
      const cp = text.codePointAt(i) ?? 0;
      end = i + (cp > 0xffff ? 2 : 1);
      const baseEnd = end;
      while (end < n) {
        const m = text.codePointAt(end) ?? 0;
        if (!isMarkCodePoint(m)) break;
        end += m > 0xffff ? 2 : 1;
      }
      const last = text.charCodeAt(end - 1);
      const following = end < n ? text.charCodeAt(end) : 0;
      if (
        (last === THAI_NIKHAHIT && following === THAI_SARA_AA) ||
        (last === LAO_NIKHAHIT && following === LAO_SARA_AA)
      ) {
        end++;
      }
      const cluster = text.slice(i, end);
      folded = end === baseEnd ? memo.codePoint(cp, cluster) : memo.cluster(cluster);
      if (folded === cluster) {
        i = end;
        continue;
      }
    }
    if (unchangedFrom < i) {
      out += text.slice(unchangedFrom, i);
      map?.range(unchangedFrom, i - unchangedFrom);
    }
    out += folded;
    map?.repeat(i, folded.length);
    i = end;
    unchangedFrom = end;
  }
  if (unchangedFrom < n) {
    out += text.slice(unchangedFrom);
    map?.range(unchangedFrom, n - unchangedFrom);
  }
  return out;
}
