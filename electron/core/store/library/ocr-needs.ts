// The pages that need OCR, and why, as reading their files found (ingest/needs-ocr.ts): what the
// recognition queue works through, skipping pages already recognised.
import type Database from 'better-sqlite3';
import type { OcrReason, PageOcrNeed } from '../../ingest/needs-ocr.ts';
import { statement } from '../statement-cache.ts';

/**
 * Replaces what is known of a document's pages that need OCR. A page still needed keeps its
 * attempts, failure and place in the queue (store/library/ocr-attempts.ts): the same bytes read
 * again fail the same way, and a page given up on stays given up on.
 */
export function setOcrNeeds(
  db: Database.Database,
  documentId: string,
  needs: readonly PageOcrNeed[],
): void {
  statement(
    db,
    'DELETE FROM ocr_needs WHERE document_id = ? AND page NOT IN (SELECT value FROM json_each(?))',
  ).run(documentId, JSON.stringify(needs.map((n) => n.page)));
  const upsert = statement(
    db,
    `INSERT INTO ocr_needs (document_id, page, reason) VALUES (?, ?, ?)
     ON CONFLICT (document_id, page) DO UPDATE SET reason = excluded.reason`,
  );
  for (const { page, reason } of needs) upsert.run(documentId, page, reason);
}

export function readOcrNeeds(db: Database.Database, documentId: string): PageOcrNeed[] {
  return statement<[string], PageOcrNeed>(
    db,
    'SELECT page, reason FROM ocr_needs WHERE document_id = ? ORDER BY page',
  ).all(documentId);
}

export interface PendingOcrPage {
  documentId: string;
  page: number;
  reason: OcrReason;
  format: string;
  /** The language to read the page in: the document's, or the one detected in its scans. */
  language: string;
  /** True when the document's language is only a default, still to be detected. */
  detectLanguage: boolean;
  path: string | null;
}

/**
 * How many times a page is tried before it is left with its failure: a page that cannot be drawn
 * or read fails the same way each time, while a process ended by the system (memory, a restart)
 * deserves another go.
 */
export const MAX_OCR_ATTEMPTS = 3;

/**
 * Pages of documents in the library that need OCR, have no reading yet and have not failed
 * MAX_OCR_ATTEMPTS times, at most `limit` of them: the documents asked for first ("Read this
 * document now", the latest asked first), pages tried fewer times before those tried more, then
 * the oldest documents first and each document's pages in order. `documentIds` keeps to those
 * documents.
 */
export function pendingOcrPages(
  db: Database.Database,
  limit = 100,
  documentIds?: readonly string[],
): PendingOcrPage[] {
  const only = documentIds ? JSON.stringify(documentIds) : null;
  const rows = statement<
    [number, string | null, string | null, number],
    Omit<PendingOcrPage, 'detectLanguage'> & { detectLanguage: number }
  >(
    db,
    `SELECT n.document_id AS documentId, n.page, n.reason, d.format,
            CASE WHEN l.decided_by IN ('detected', 'unsure') THEN l.language ELSE d.language END
              AS language,
            l.decided_by IS 'default' AS detectLanguage, d.path
       FROM ocr_needs n JOIN documents d ON d.id = n.document_id
       LEFT JOIN language_decisions l ON l.document_id = n.document_id
      WHERE n.attempts < ?
        AND (? IS NULL OR n.document_id IN (SELECT value FROM json_each(?)))
        AND NOT EXISTS (
          SELECT 1 FROM ocr_pages o WHERE o.document_id = n.document_id AND o.page = n.page)
      ORDER BY n.first_at DESC, n.attempts, d.added_at, d.rowid, n.page
      LIMIT ?`,
  ).all(MAX_OCR_ATTEMPTS, only, only, limit);
  return rows.map((row) => ({ ...row, detectLanguage: row.detectLanguage === 1 }));
}
