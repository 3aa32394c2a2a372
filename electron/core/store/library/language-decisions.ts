// How a scanned document's language was decided when nothing else named it
// (library-migrations/0013-language-decisions.ts): a default waiting for OCR, then what a trial
// reading of its first scanned page detected.
import type Database from 'better-sqlite3';
import type { LanguageDetection, LanguageTrial } from '#shared/ocr-types.ts';
import { statement } from '../statement-cache.ts';

export type LanguageDecidedBy = 'default' | 'detected' | 'unsure';

export interface LanguageDecision {
  decidedBy: LanguageDecidedBy;
  /** The detected language (or best guess when unsure); null while only a default. */
  language: string | null;
  trials: LanguageTrial[];
}

export function readLanguageDecision(
  db: Database.Database,
  documentId: string,
): LanguageDecision | null {
  const row = statement<
    [string],
    { decided_by: LanguageDecidedBy; language: string | null; trials: string }
  >(db, 'SELECT decided_by, language, trials FROM language_decisions WHERE document_id = ?').get(
    documentId,
  );
  if (!row) return null;
  return {
    decidedBy: row.decided_by,
    language: row.language,
    trials: JSON.parse(row.trials) as LanguageTrial[],
  };
}

/**
 * Records, as a document is written, whether its language was only a default: a default marks it
 * for detection (what was detected before stays: the same bytes are the same scan); anything
 * else (the catalog, a person, the file's text or declaration naming it) clears the mark.
 */
export function markLanguageDefault(
  db: Database.Database,
  documentId: string,
  isDefault: boolean,
  now = new Date(),
): void {
  if (!isDefault) {
    clearLanguageDecision(db, documentId);
    return;
  }
  statement(
    db,
    `INSERT INTO language_decisions (document_id, decided_by, decided_at) VALUES (?, 'default', ?)
     ON CONFLICT (document_id) DO NOTHING`,
  ).run(documentId, now.toISOString());
}

export function clearLanguageDecision(db: Database.Database, documentId: string): void {
  statement(db, 'DELETE FROM language_decisions WHERE document_id = ?').run(documentId);
}

/** Records what detection found for a document still waiting on a default. */
export function writeLanguageDetection(
  db: Database.Database,
  documentId: string,
  detection: LanguageDetection,
  now = new Date(),
): void {
  statement(
    db,
    `UPDATE language_decisions SET decided_by = ?, language = ?, trials = ?, decided_at = ?
      WHERE document_id = ? AND decided_by = 'default'`,
  ).run(
    detection.sure ? 'detected' : 'unsure',
    detection.language,
    JSON.stringify(detection.trials),
    now.toISOString(),
    documentId,
  );
}
