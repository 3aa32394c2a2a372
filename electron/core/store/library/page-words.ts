// What the reader asks of a scanned page: the words OCR recognised on it with their boxes, and
// the page's image where the document's file cannot be shown as it is (a TIFF frame). Both by
// document rowid, which only the store's view-checked lookups give.
import type Database from 'better-sqlite3';
import type { PageImage, PageWords } from '#shared/ocr-types.ts';
import { documentIdOf } from './document-reader.ts';
import { ocrPageConfidence, readOcrPage, readPageImage } from './ocr-pages.ts';

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

/** The OCR confidence of a page of a document by rowid, or null when its text is the file's. */
export function pageOcrConfidence(
  db: Database.Database,
  rowid: number,
  page: number,
): number | null {
  const id = documentIdOf(db, rowid);
  return id === null ? null : ocrPageConfidence(db, id, page);
}
