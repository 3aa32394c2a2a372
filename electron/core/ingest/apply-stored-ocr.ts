// A document read again (a changed text pipeline, a re-indexed library) keeps what OCR recognised
// on its pages: the stored words are run through today's text pipeline instead of reading the page
// images again, which takes minutes where this takes milliseconds.
import type Database from 'better-sqlite3';
import type { IndexedPage } from '../library/document-record.ts';
import { setOcrNeeds } from '../store/library/ocr-needs.ts';
import { readOcrPages, writePageImage } from '../store/library/ocr-pages.ts';
import type { ExtractedDocument } from './extract-document.ts';
import { IMAGE_WAITING_FOR_OCR } from './image/waiting-for-ocr.ts';
import { indexOcrPage } from './ocr-page-text.ts';

/** The pages with each page OCR has read indexed from its stored words; the others as read. */
export function pagesWithStoredOcr(
  db: Database.Database,
  documentId: string,
  pages: readonly IndexedPage[],
): { pages: IndexedPage[]; recognised: number } {
  const out = [...pages];
  let recognised = 0;
  for (const stored of readOcrPages(db, documentId)) {
    const page = out[stored.page - 1];
    if (stored.source !== 'ocr' || !page) continue;
    out[stored.page - 1] = indexOcrPage(stored.words, page.label);
    recognised++;
  }
  return { pages: out, recognised };
}

/**
 * What an extraction becomes in the library: stored OCR applied to its pages, the pages that need
 * OCR listed, an image file's converted page images kept, and "waiting for OCR" said only of an image not yet read whole.
 * Runs inside the transaction that writes the document.
 */
export function applyStoredOcr(
  db: Database.Database,
  documentId: string,
  extracted: ExtractedDocument,
): { pages: IndexedPage[]; warnings: string[] } {
  const { pages, recognised } = pagesWithStoredOcr(db, documentId, extracted.pages);
  setOcrNeeds(db, documentId, extracted.ocrNeeds ?? []);
  extracted.images?.forEach((image, i) => {
    if (image.png) writePageImage(db, documentId, i + 1, { ...image, png: image.png });
  });
  const readWhole = recognised === pages.length && pages.length > 0;
  const warnings = readWhole
    ? extracted.warnings.filter((w) => w !== IMAGE_WAITING_FOR_OCR)
    : extracted.warnings;
  return { pages, warnings };
}
