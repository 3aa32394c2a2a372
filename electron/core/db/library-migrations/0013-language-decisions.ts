import type { Migration } from '../migrate.ts';

/**
 * How the language of a scanned document was decided when nothing else named it: no catalog
 * language, no person's edit, a file that declares none and has no text to tell. `decided_by` is
 * 'default' while such a document waits for OCR (read as English until then), 'detected' once
 * a trial reading of its first scanned page (ocr/detect-page-language.ts) clearly named its
 * language, and 'unsure' when no model read clearly better than the others: the best guess is
 * then read beside English, and the document keeps English. `trials` keeps each model's
 * reading figures as JSON, to show why. Rows are keyed by the document's id (the hash of its
 * bytes), so the same file read again keeps what was detected, as it keeps its recognised pages.
 */
export const migration0013LanguageDecisions: Migration = {
  version: 13,
  name: '0013-language-decisions',
  up(db) {
    db.exec(`
      CREATE TABLE language_decisions (
        document_id TEXT PRIMARY KEY,
        decided_by TEXT NOT NULL CHECK (decided_by IN ('default', 'detected', 'unsure')),
        language TEXT,
        trials TEXT NOT NULL DEFAULT '[]',
        decided_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
