// A scanned document whose language nothing names (no catalog language, no person's edit, no
// text or declaration in the file) is marked for OCR to detect it; once detected, the language
// takes the place of the English default each time the file is written, so browsing by language
// and the pages' reading follow it. A language the catalog, a person or the file names is never
// replaced.
import type Database from 'better-sqlite3';
import { markLanguageDefault, readLanguageDecision } from '../store/library/language-decisions.ts';
import type { DocumentMetadata } from '../library/document-record.ts';
import type { ChosenMetadata } from './choose-metadata.ts';
import type { ExtractedDocument } from './extract-document.ts';

/** Marks or clears the default; the description with a detected language. Inside the write's transaction. */
export function applyDetectedLanguage(
  db: Database.Database,
  documentId: string,
  extracted: ExtractedDocument,
  chosen: ChosenMetadata,
  catalogLanguage: string | null,
): DocumentMetadata {
  const isDefault =
    extracted.languageDefaulted === true &&
    (extracted.ocrNeeds?.length ?? 0) > 0 &&
    chosen.source !== 'user' &&
    catalogLanguage === null;
  markLanguageDefault(db, documentId, isDefault);
  const decision = isDefault ? readLanguageDecision(db, documentId) : null;
  // An unsure detection leaves the document in English: its pages are read with the guess
  // beside English, but a guess is not shown as the document's language.
  return decision?.decidedBy === 'detected' && decision.language
    ? { ...chosen.metadata, language: decision.language }
    : chosen.metadata;
}
