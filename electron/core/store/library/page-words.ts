// What the reader asks of a scanned page: the words OCR recognised on it with their boxes, and
// the page's image where the document's file cannot be shown as it is (a TIFF frame). Both by
// document rowid, which only the store's view-checked lookups give.
import type Database from 'better-sqlite3';
import type { PageImage, PageWords } from '#shared/ocr-types.ts';
import { documentIdOf } from './document-reader.ts';
import { PAGE_ROWID_SHIFT } from '../../library/document-record.ts';
import { readOcrPage, readPageImage } from './ocr-pages.ts';
import type { OcrSource } from './ocr-pages.ts';
import { statement } from '../statement-cache.ts';

/** The words OCR recognised on a page, or null when the page's text did not come from OCR. */
export function readPageWords(
  db: Database.Database,
  rowid: number,
  page: number,
): PageWords | null {
  const id = documentIdOf(db, rowid);
  const stored = id === null ? null : readOcrPage(db, id, page);
  if (stored?.source !== 'ocr') return null;
  const { words, width, height, model, confidence, languages } = stored;
  return {
    page,
    words,
    width,
    height,
    rotation: stored.rotation ?? 0,
    model,
    confidence,
    languages,
  };
}

/** The page's stored image as base64 PNG, or null when the file itself is the page's image. */
export function readStoredPageImage(
  db: Database.Database,
  rowid: number,
  page: number,
): PageImage | null {
  const id = documentIdOf(db, rowid);
  const image = id === null ? null : readPageImage(db, id, page);
  if (image === null) return null;
  const png = Buffer.from(image.png.buffer, image.png.byteOffset, image.png.byteLength);
  return { page, width: image.width, height: image.height, png: png.toString('base64') };
}

/**
 * The OCR confidence of each of the pages (by page rowid) whose text came from OCR; pages read from
 * the file's own text are left out. One statement for a search's pages, not one per page.
 */
export function pagesOcrConfidence(
  db: Database.Database,
  pageRowids: number[],
): Map<number, number> {
  const confidences = new Map<number, number>();
  if (pageRowids.length === 0) return confidences;
  const rows = statement<[string], { page: number; source: OcrSource; confidence: number }>(
    db,
    `SELECT wanted.value AS page, ocr_pages.source, ocr_pages.confidence
     FROM json_each(?) AS wanted
     JOIN documents ON documents.rowid = wanted.value >> ${PAGE_ROWID_SHIFT}
     JOIN ocr_pages ON ocr_pages.document_id = documents.id
       AND ocr_pages.page = wanted.value - (documents.rowid << ${PAGE_ROWID_SHIFT})
     ORDER BY ocr_pages.rowid`,
  ).all(JSON.stringify(pageRowids));
  // The latest reading of a page counts: a page read again from its text layer is no longer OCR.
  for (const { page, source, confidence } of rows) {
    if (source === 'ocr') confidences.set(page, confidence);
    else confidences.delete(page);
  }
  return confidences;
}
