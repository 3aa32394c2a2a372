// The pages that need OCR, and why, as reading their files found (ingest/needs-ocr.ts): what the
// recognition queue works through, skipping pages already recognised.
import type Database from 'better-sqlite3';
import type { OcrReason, PageOcrNeed } from '../../ingest/needs-ocr.ts';
import { statement } from '../statement-cache.ts';

/** Replaces what is known of a document's pages that need OCR. */
export function setOcrNeeds(
  db: Database.Database,
  documentId: string,
  needs: readonly PageOcrNeed[],
): void {
  statement(db, 'DELETE FROM ocr_needs WHERE document_id = ?').run(documentId);
  const insert = statement(
    db,
    'INSERT OR REPLACE INTO ocr_needs (document_id, page, reason) VALUES (?, ?, ?)',
  );
  for (const { page, reason } of needs) insert.run(documentId, page, reason);
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
  language: string;
  path: string | null;
}

/**
 * Pages of documents in the library that need OCR and have no reading yet, oldest documents
 * first and each document's pages in order, at most `limit` of them.
 */
export function pendingOcrPages(db: Database.Database, limit = 100): PendingOcrPage[] {
  return statement<[number], PendingOcrPage>(
    db,
    `SELECT n.document_id AS documentId, n.page, n.reason, d.format, d.language, d.path
       FROM ocr_needs n JOIN documents d ON d.id = n.document_id
      WHERE NOT EXISTS (
        SELECT 1 FROM ocr_pages o WHERE o.document_id = n.document_id AND o.page = n.page)
      ORDER BY d.added_at, d.rowid, n.page
      LIMIT ?`,
  ).all(limit);
}
