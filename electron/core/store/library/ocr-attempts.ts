// What the background OCR run records of its work on each page (migration 0011): an attempt is
// counted before a page is read, so a page that ends the recognising process (memory, a crash)
// is counted too and, after MAX_OCR_ATTEMPTS, left with its reason instead of being tried for
// ever; a run stopped on purpose takes its attempt back.
import type Database from 'better-sqlite3';
import type { OcrPageCounts } from '#shared/ocr-run-types.ts';
import { statement } from '../statement-cache.ts';
import { inView, type LibraryView } from './do-not-share.ts';
import { MAX_OCR_ATTEMPTS } from './ocr-needs.ts';

/** Said of a page whose reading began and never ended: the process was stopped or died. */
export const INTERRUPTED =
  'The recognising process ended while this page was being read (out of memory, or stopped).';

export interface OcrAttempt {
  attempts: number;
  failure: string | null;
}

/** Counts an attempt at a page before it is read; gives back what was recorded before. */
export function startOcrAttempt(
  db: Database.Database,
  documentId: string,
  page: number,
): OcrAttempt {
  return db.transaction(() => {
    const before = statement<[string, number], OcrAttempt>(
      db,
      'SELECT attempts, failure FROM ocr_needs WHERE document_id = ? AND page = ?',
    ).get(documentId, page) ?? { attempts: 0, failure: null };
    statement(
      db,
      'UPDATE ocr_needs SET attempts = attempts + 1, failure = ? WHERE document_id = ? AND page = ?',
    ).run(INTERRUPTED, documentId, page);
    return before;
  })();
}

/** Takes back an attempt a deliberate stop cut short. */
export function undoOcrAttempt(
  db: Database.Database,
  documentId: string,
  page: number,
  before: OcrAttempt,
): void {
  statement(
    db,
    'UPDATE ocr_needs SET attempts = ?, failure = ? WHERE document_id = ? AND page = ?',
  ).run(before.attempts, before.failure, documentId, page);
}

/** Forgets the attempts at a page once it is read (called in the transaction that records it). */
export function clearOcrAttempts(db: Database.Database, documentId: string, page: number): void {
  statement(
    db,
    'UPDATE ocr_needs SET attempts = 0, failure = NULL WHERE document_id = ? AND page = ?',
  ).run(documentId, page);
}

export function recordOcrFailure(
  db: Database.Database,
  documentId: string,
  page: number,
  reason: string,
): void {
  statement(db, 'UPDATE ocr_needs SET failure = ? WHERE document_id = ? AND page = ?').run(
    reason,
    documentId,
    page,
  );
}

const COUNTS = `SELECT
    coalesce(sum(o.page IS NULL AND n.attempts < ?), 0) AS pending,
    coalesce(sum(o.page IS NOT NULL), 0) AS done,
    coalesce(sum(o.page IS NULL AND n.attempts >= ?), 0) AS failed
  FROM ocr_needs n JOIN documents d ON d.id = n.document_id
  LEFT JOIN (SELECT DISTINCT document_id, page FROM ocr_pages) o
    ON o.document_id = n.document_id AND o.page = n.page`;

/**
 * The counts for one document, or for the library as a view sees it: a classroom visitor's counts
 * leave out the documents that do not exist for them.
 */
export function ocrPageCounts(
  db: Database.Database,
  documentId?: string,
  view: LibraryView = 'whole',
): OcrPageCounts {
  if (documentId === undefined)
    return statement<[number, number], OcrPageCounts>(
      db,
      `${COUNTS} WHERE ${inView(view, 'n.document_id')}`,
    ).get(MAX_OCR_ATTEMPTS, MAX_OCR_ATTEMPTS)!;
  return statement<[number, number, string], OcrPageCounts>(
    db,
    `${COUNTS} WHERE n.document_id = ?`,
  ).get(MAX_OCR_ATTEMPTS, MAX_OCR_ATTEMPTS, documentId)!;
}

export interface OcrFailure {
  page: number;
  reason: string;
}

/** A document's pages given up on, with why. */
export function readOcrFailures(db: Database.Database, documentId: string): OcrFailure[] {
  return statement<[string, number], OcrFailure>(
    db,
    `SELECT n.page, n.failure AS reason FROM ocr_needs n
      WHERE n.document_id = ? AND n.attempts >= ? AND n.failure IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM ocr_pages o WHERE o.document_id = n.document_id AND o.page = n.page)
      ORDER BY n.page`,
  ).all(documentId, MAX_OCR_ATTEMPTS);
}

/**
 * Puts a document's unread pages first in the queue, pages given up on included (a person asking
 * is worth another try): gives the number of pages now waiting.
 */
export function putDocumentFirst(
  db: Database.Database,
  documentId: string,
  now: number = Date.now(),
): number {
  return db.transaction(() => {
    statement(
      db,
      `UPDATE ocr_needs SET first_at = ?, attempts = 0, failure = NULL
        WHERE document_id = ? AND NOT EXISTS (
          SELECT 1 FROM ocr_pages o WHERE o.document_id = ocr_needs.document_id
            AND o.page = ocr_needs.page)`,
    ).run(now, documentId);
    return ocrPageCounts(db, documentId).pending;
  })();
}
