// What OCR read on a document's pages, kept by document id and recognition model, and the page
// images stored for files a browser cannot show. See migrations 0008 and 0009 for the tables.
import type Database from 'better-sqlite3';
import type { OcrPage, OcrWord } from '#shared/ocr-types.ts';
import { statement } from '../statement-cache.ts';
import { markTextOutdated } from './outdated-text.ts';

/** Where a page's words came from: recognition of its image, or the PDF's own text kept. */
export type OcrSource = 'ocr' | 'text-layer';

/** A page's recorded reading; its text is rebuilt from the words (ingest/ocr-page-text.ts). */
export interface StoredOcrPage extends Omit<OcrPage, 'text'> {
  page: number;
  source: OcrSource;
  recognisedAt: string;
}

type WordRow = [text: string, x0: number, y0: number, x1: number, y1: number, confidence: number];

interface OcrRow {
  page: number;
  model: string;
  source: OcrSource;
  confidence: number;
  width: number;
  height: number;
  languages: string;
  words: string;
  rotation: number;
  recognised_at: string;
}

function packWords(words: readonly OcrWord[]): string {
  return JSON.stringify(words.map((w): WordRow => [w.text, ...w.box, w.confidence]));
}

function unpackWords(json: string): OcrWord[] {
  return (JSON.parse(json) as WordRow[]).map(([text, x0, y0, x1, y1, confidence]) => ({
    text,
    box: [x0, y0, x1, y1],
    confidence,
  }));
}

function asRotation(degrees: number): NonNullable<OcrPage['rotation']> {
  return degrees === 90 || degrees === 180 || degrees === 270 ? degrees : 0;
}

function fromRow(row: OcrRow): StoredOcrPage {
  return {
    page: row.page,
    model: row.model,
    source: row.source,
    confidence: row.confidence,
    width: row.width,
    height: row.height,
    languages: JSON.parse(row.languages) as string[],
    words: unpackWords(row.words),
    rotation: asRotation(row.rotation),
    recognisedAt: row.recognised_at,
  };
}

function checkPage(page: number): void {
  if (!Number.isInteger(page) || page < 1)
    throw new RangeError(`A page number is a whole number from 1 (got ${page}).`);
}

/** Records what `model` read on one page, replacing an earlier reading by the same model. */
export function writeOcrPage(
  db: Database.Database,
  documentId: string,
  page: number,
  ocr: OcrPage,
  source: OcrSource = 'ocr',
  recognisedAt: Date = new Date(),
): void {
  checkPage(page);
  if (!(ocr.width > 0 && ocr.height > 0))
    throw new RangeError('A recognised page needs the size of its image.');
  const confidence = Math.min(100, Math.max(0, ocr.confidence));
  // Deleted first, so the new record gets the highest rowid and counts as the page's latest.
  statement(db, 'DELETE FROM ocr_pages WHERE document_id = ? AND page = ? AND model = ?').run(
    documentId,
    page,
    ocr.model,
  );
  statement(
    db,
    `INSERT INTO ocr_pages
       (document_id, page, model, source, confidence, width, height, languages, words, rotation,
        recognised_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentId,
    page,
    ocr.model,
    source,
    confidence,
    Math.round(ocr.width),
    Math.round(ocr.height),
    JSON.stringify(ocr.languages),
    packWords(ocr.words),
    asRotation(ocr.rotation ?? 0),
    recognisedAt.toISOString(),
  );
}

const LATEST = `SELECT page, model, source, confidence, width, height, languages, words, rotation,
    recognised_at
  FROM ocr_pages WHERE rowid IN (
    SELECT MAX(rowid) FROM ocr_pages WHERE document_id = ? GROUP BY page)`;

/** The latest reading of each of a document's pages that has one, in page order. */
export function readOcrPages(db: Database.Database, documentId: string): StoredOcrPage[] {
  return statement<[string], OcrRow>(db, `${LATEST} ORDER BY page`).all(documentId).map(fromRow);
}

/** The latest reading of one page, or null where it has none. */
export function readOcrPage(
  db: Database.Database,
  documentId: string,
  page: number,
): StoredOcrPage | null {
  const row = statement<[string, number], OcrRow>(db, `${LATEST} AND page = ?`).get(
    documentId,
    page,
  );
  return row ? fromRow(row) : null;
}

/**
 * Stores readings made elsewhere (a pack's) for the pages of a document that have none here, in
 * one transaction: a page this library read keeps its own reading. Returns how many were stored.
 */
export function addOcrReadings(
  db: Database.Database,
  documentId: string,
  readings: readonly StoredOcrPage[],
): number {
  return db.transaction(() => {
    let added = 0;
    for (const { page, source, recognisedAt, ...reading } of readings) {
      if (readOcrPage(db, documentId, page)) continue;
      writeOcrPage(db, documentId, page, { ...reading, text: '' }, source, new Date(recognisedAt));
      added++;
    }
    // The same bytes already in the library (under another path) are read again by the next
    // indexing run, which applies the readings to their pages.
    if (added > 0) markTextOutdated(db, documentId);
    return added;
  })();
}

/** The confidence of each page whose text came from OCR, by page number. */
export function ocrConfidences(db: Database.Database, documentId: string): Map<number, number> {
  const rows = statement<[string], { page: number; confidence: number }>(
    db,
    `SELECT page, confidence FROM ocr_pages WHERE rowid IN (
       SELECT MAX(rowid) FROM ocr_pages WHERE document_id = ? GROUP BY page)
     AND source = 'ocr'`,
  ).all(documentId);
  return new Map(rows.map((r) => [r.page, r.confidence]));
}

/** Forgets every reading of a document (its file is gone from the library). */
export function deleteOcrPages(db: Database.Database, documentId: string): void {
  statement(db, 'DELETE FROM ocr_pages WHERE document_id = ?').run(documentId);
  statement(db, 'DELETE FROM page_images WHERE document_id = ?').run(documentId);
  statement(db, 'DELETE FROM ocr_needs WHERE document_id = ?').run(documentId);
}

/**
 * The documents with stored readings, needs or page images but no row in the library: their
 * file was removed, replaced or moved out of the folder.
 */
export function orphanedOcrDocuments(db: Database.Database): string[] {
  return statement<[], string>(
    db,
    `SELECT document_id FROM ocr_pages UNION SELECT document_id FROM ocr_needs
     UNION SELECT document_id FROM page_images
     EXCEPT SELECT id FROM documents`,
  )
    .pluck()
    .all();
}

export interface PageImage {
  width: number;
  height: number;
  png: Uint8Array;
}

export function writePageImage(
  db: Database.Database,
  documentId: string,
  page: number,
  image: PageImage,
): void {
  checkPage(page);
  statement(
    db,
    'INSERT OR REPLACE INTO page_images (document_id, page, width, height, png) VALUES (?, ?, ?, ?, ?)',
  ).run(documentId, page, image.width, image.height, Buffer.from(image.png));
}

export function readPageImage(
  db: Database.Database,
  documentId: string,
  page: number,
): PageImage | null {
  const row = statement<[string, number], { width: number; height: number; png: Buffer }>(
    db,
    'SELECT width, height, png FROM page_images WHERE document_id = ? AND page = ?',
  ).get(documentId, page);
  return row ? { width: row.width, height: row.height, png: new Uint8Array(row.png) } : null;
}

/** How many of a document's pages have text recognised by OCR. */
export function countOcrPages(db: Database.Database, documentId: string): number {
  return statement<[string], number>(
    db,
    `SELECT COUNT(*) FROM ocr_pages WHERE rowid IN (
       SELECT MAX(rowid) FROM ocr_pages WHERE document_id = ? GROUP BY page)
     AND source = 'ocr'`,
  )
    .pluck()
    .get(documentId)!;
}
