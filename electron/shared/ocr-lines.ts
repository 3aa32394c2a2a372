// A scanned page's words in reading order: lines top to bottom, words left to right, and where a
// space falls between them. The library indexes the page's text from this (ingest/ocr-page-text.ts)
// and the reader lays its invisible text over the page image from it, so that find, selection and
// highlights see the words and spaces the index holds.
import type { OcrWord } from './ocr-types.ts';

/** Words whose vertical centres are closer than this share of their height sit on one line. */
const sameLineRatio = 0.5;
/**
 * Between two letters of Thai, Lao, Khmer or Burmese (written without spaces between words) a gap
 * is a space only when it is this wide a share of the line's height: OCR engines cut these
 * scripts into words of their own making, with narrow gaps the writer never typed as spaces.
 */
const unspacedGapRatio = 0.35;
const unspacedLetter = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF]/u;

/** Words read as one, with no space between them, and the box around them all. */
export interface OcrRun {
  text: string;
  box: OcrWord['box'];
  words: OcrWord[];
}

/** One line's runs, left to right; a space stands between each run and the next. */
export type OcrLine = OcrRun[];

interface WordLine {
  words: OcrWord[];
  top: number;
  bottom: number;
}

const height = (w: OcrWord) => Math.max(1, w.box[3] - w.box[1]);
const centre = (w: OcrWord) => (w.box[1] + w.box[3]) / 2;

/** Words grouped into lines top to bottom, each line's words left to right. */
function wordLines(words: readonly OcrWord[]): WordLine[] {
  const sorted = words
    .filter((w) => w.text.trim() !== '')
    .toSorted((a, b) => centre(a) - centre(b) || a.box[0] - b.box[0]);
  const out: WordLine[] = [];
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

function runsOf(line: WordLine): OcrLine {
  const lineHeight = Math.max(1, line.bottom - line.top);
  const runs: OcrRun[] = [];
  for (const word of line.words) {
    const str = word.text.trim();
    const run = runs.at(-1);
    const previous = run?.words.at(-1);
    const joined =
      run !== undefined &&
      previous !== undefined &&
      unspacedLetter.test([...run.text].at(-1) ?? '') &&
      unspacedLetter.test([...str][0] ?? '') &&
      word.box[0] - previous.box[2] <= unspacedGapRatio * lineHeight;
    if (joined) {
      run.text += str;
      run.words.push(word);
      run.box = [
        Math.min(run.box[0], word.box[0]),
        Math.min(run.box[1], word.box[1]),
        Math.max(run.box[2], word.box[2]),
        Math.max(run.box[3], word.box[3]),
      ];
    } else runs.push({ text: str, box: [...word.box], words: [word] });
  }
  return runs;
}

/** The page's lines, top to bottom, each as runs of words with no space between them. */
export function ocrLines(words: readonly OcrWord[]): OcrLine[] {
  return wordLines(words).map(runsOf);
}

/** The text of a page from its recognised words: lines top to bottom, words in reading order. */
export function ocrPageText(words: readonly OcrWord[]): string {
  return ocrLines(words)
    .map((line) => line.map((run) => run.text).join(' '))
    .join('\n');
}
