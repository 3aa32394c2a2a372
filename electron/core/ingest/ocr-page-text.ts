// A scanned page's text, rebuilt from the words OCR recognised on it and their boxes, and indexed
// by the same path as a born-digital page's text. The words are stored (store/library/ocr-pages.ts),
// so a change to the text pipeline re-indexes scanned pages from them without reading the images
// again.
import type { OcrWord } from '#shared/ocr-types.ts';
import type { IndexedPage } from '../library/document-record.ts';
import { indexPage } from './extract-document.ts';

/** Words whose vertical centres are closer than this share of their height sit on one line. */
const sameLineRatio = 0.5;
/**
 * Between two letters of Thai, Lao, Khmer or Burmese (written without spaces between words) a gap
 * is a space only when it is this wide a share of the line's height: OCR engines cut these
 * scripts into words of their own making, with narrow gaps the writer never typed as spaces.
 */
const unspacedGapRatio = 0.35;
const unspacedLetter = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF]/u;

interface Line {
  words: OcrWord[];
  top: number;
  bottom: number;
}

const height = (w: OcrWord) => Math.max(1, w.box[3] - w.box[1]);
const centre = (w: OcrWord) => (w.box[1] + w.box[3]) / 2;

/** Words grouped into lines top to bottom, each line's words left to right. */
function lines(words: readonly OcrWord[]): Line[] {
  const sorted = words
    .filter((w) => w.text.trim() !== '')
    .toSorted((a, b) => centre(a) - centre(b) || a.box[0] - b.box[0]);
  const out: Line[] = [];
  for (const word of sorted) {
    const line = out.at(-1);
    const lineCentre = line ? (line.top + line.bottom) / 2 : 0;
    const lineHeight = line ? line.bottom - line.top : 0;
    if (
      line &&
      Math.abs(centre(word) - lineCentre) <= sameLineRatio * Math.max(lineHeight, height(word))
    ) {
      line.words.push(word);
      line.top = Math.min(line.top, word.box[1]);
      line.bottom = Math.max(line.bottom, word.box[3]);
    } else out.push({ words: [word], top: word.box[1], bottom: word.box[3] });
  }
  for (const line of out) line.words.sort((a, b) => a.box[0] - b.box[0]);
  return out;
}

function joinLine(line: Line): string {
  const lineHeight = Math.max(1, line.bottom - line.top);
  let text = '';
  let previous: OcrWord | null = null;
  for (const word of line.words) {
    const str = word.text.trim();
    if (previous) {
      const unspaced =
        unspacedLetter.test([...text].at(-1) ?? '') && unspacedLetter.test([...str][0] ?? '');
      const gap = word.box[0] - previous.box[2];
      if (!unspaced || gap > unspacedGapRatio * lineHeight) text += ' ';
    }
    text += str;
    previous = word;
  }
  return text;
}

/** The text of a page from its recognised words: lines top to bottom, words in reading order. */
export function ocrPageText(words: readonly OcrWord[]): string {
  return lines(words).map(joinLine).join('\n');
}

/** A scanned page's indexed text from its recognised words, as a born-digital page's would be. */
export function indexOcrPage(words: readonly OcrWord[], label: string | null = null): IndexedPage {
  return indexPage(ocrPageText(words), label);
}
