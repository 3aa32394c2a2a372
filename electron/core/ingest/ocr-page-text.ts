// A scanned page's text, rebuilt from the words OCR recognised on it and their boxes, and indexed
// by the same path as a born-digital page's text. The words are stored (store/library/ocr-pages.ts),
// so a change to the text pipeline re-indexes scanned pages from them without reading the images
// again. The lines and spaces are the reader's too (#shared/ocr-lines.ts).
import { ocrPageText } from '#shared/ocr-lines.ts';
import type { OcrWord } from '#shared/ocr-types.ts';
import type { IndexedPage } from '../library/document-record.ts';
import { indexPage } from './index-page.ts';

export { ocrPageText };

/** A scanned page's indexed text from its recognised words, as a born-digital page's would be. */
export function indexOcrPage(words: readonly OcrWord[], label: string | null = null): IndexedPage {
  return indexPage(ocrPageText(words), label);
}
