// Stores what a run decided for a document: one read anew, in place of what was stored at its path
// or key, or one whose catalog description changed. Each document is written in its own
// transaction.
import type Database from 'better-sqlite3';
import type { DocumentMetadata, DocumentRecord } from '../library/document-record.ts';
import { readMetadata } from '../store/library/document-reader.ts';
import { carryDoNotShare } from '../store/library/do-not-share.ts';
import { setPasswordProtected } from '../store/library/password-protected.ts';
import { setReadInPart } from '../store/library/read-in-part.ts';
import { applyStoredOcr } from './apply-stored-ocr.ts';
import { applyDetectedLanguage } from './detected-language.ts';
import { clearLanguageDecision } from '../store/library/language-decisions.ts';
import {
  deleteDocument,
  insertDocument,
  updateDocumentMetadata,
} from '../store/library/document-writer.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { hasCountry, hasOrganisation, hasTheme } from '../store/library/indexer-records.ts';
import type { Description } from './choose-metadata.ts';
import { chooseMetadata } from './choose-metadata.ts';
import { factsFromExtraction, metadataFromCatalog, metadataFromFile } from './document-metadata.ts';
import type { ExtractedDocument } from './extract-document.ts';
import type { ExtractionJob } from './extract-files.ts';
import { IngestError, ReadingCancelled } from './ingest-error.ts';
import { record, withWarnings } from './ingest-report.ts';
import type { Extraction, Refresh } from './plan-run.ts';
import type { RunContext } from './run-context.ts';

export const REREAD_MESSAGE = 'Read again with this version of the text extraction.';

/** The stored description a person wrote, to keep. */
export function readEdit(db: Database.Database, edited: StoredDocument): Description {
  return { metadata: readMetadata(db, edited.rowid), hash: edited.metadata_hash };
}

/** What a description names that the taxonomy does not define, as "country XX" and the like. */
export function unknownReferences(db: Database.Database, meta: DocumentMetadata): string[] {
  return [
    ...meta.countries.filter((c) => !hasCountry(db, c)).map((c) => `country ${c}`),
    ...meta.organisations
      .filter((o) => !hasOrganisation(db, o.id))
      .map((o) => `organisation ${o.id}`),
    ...meta.themes.filter((t) => !hasTheme(db, t)).map((t) => `theme ${t}`),
  ];
}

export function replaceDocument(
  db: Database.Database,
  doc: DocumentRecord,
  previous: StoredDocument | null,
  addedAt: string,
): void {
  db.transaction(() => {
    if (previous) {
      deleteDocument(db, previous.rowid);
      // A corrected file at the same path still names the people its mark protects.
      carryDoNotShare(db, previous.id, doc.id);
    }
    insertDocument(db, doc, addedAt);
  })();
}

/** Stores an extracted file, or reports why it could not be read, keeping what was stored. */
export async function writeExtraction(run: RunContext, job: ExtractionJob): Promise<void> {
  run.progress.show(job.step.file.path);
  try {
    writeExtracted(run, job.step, await job.result);
  } catch (error) {
    // A file the run stopped reading is neither indexed nor at fault: the next run reads it.
    if (error instanceof ReadingCancelled) return;
    const message =
      error instanceof IngestError
        ? error.message
        : `Unexpected error while indexing: ${(error as Error).message}`;
    record(run.report, {
      path: job.step.file.path,
      outcome: 'skipped',
      message: job.step.previous ? `${message} The previously indexed version is kept.` : message,
    });
  }
  run.progress.count();
}

function writeExtracted(run: RunContext, step: Extraction, extracted: ExtractedDocument): void {
  const { file, id, previous, reread } = step;
  const facts = factsFromExtraction(extracted);
  const chosen = chooseMetadata({
    edit: step.edit && readEdit(run.db, step.edit),
    catalog: step.catalog && {
      metadata: metadataFromCatalog(step.catalog.entry, facts),
      hash: step.catalog.hash,
    },
    file: metadataFromFile(file.path, facts),
  });
  const doc: DocumentRecord = {
    id,
    path: file.path,
    entryKey: null,
    format: extracted.format,
    sizeBytes: file.size,
    outline: extracted.outline,
    pages: extracted.pages,
    uncatalogued: chosen.uncatalogued,
    metadata: chosen.metadata,
    metadataSource: chosen.source,
    metadataHash: chosen.hash,
  };
  // One transaction: a protected document is never stored, even for a moment, without its mark.
  const warnings = run.db.transaction(() => {
    const catalogLanguage = step.catalog?.entry.language ?? null;
    doc.metadata = applyDetectedLanguage(run.db, id, extracted, chosen, catalogLanguage);
    const withOcr = applyStoredOcr(run.db, id, extracted);
    doc.pages = withOcr.pages;
    replaceDocument(run.db, doc, previous, reread?.added_at ?? run.addedAt());
    setPasswordProtected(run.db, id, extracted.passwordProtected === true);
    setReadInPart(run.db, id, extracted.readWithin ?? null);
    return [...withOcr.warnings];
  })();
  const missing = unknownReferences(run.db, chosen.metadata);
  if (missing.length)
    warnings.push(`The catalog names what the taxonomy does not define: ${missing.join(', ')}.`);
  record(run.report, {
    path: file.path,
    outcome: reread ? 'updated' : previous ? 'replaced' : 'indexed',
    documentId: id,
    pages: doc.pages.length,
    message: withWarnings(reread ? REREAD_MESSAGE : undefined, warnings),
  });
}

/** Applies a changed catalog description to a file that is not read again. */
export function refreshDescription(run: RunContext, { file, stored, catalog }: Refresh): void {
  // The file is not read again: its stored language and year fill what the catalog leaves out.
  const { language, year } = readMetadata(run.db, stored.rowid);
  const chosen = chooseMetadata({
    edit: null,
    catalog: {
      metadata: metadataFromCatalog(catalog.entry, { language, year }),
      hash: catalog.hash,
    },
  });
  run.db.transaction(() => {
    updateDocumentMetadata(run.db, stored.rowid, chosen.metadata, {
      metadataSource: chosen.source,
      metadataHash: chosen.hash,
      uncatalogued: chosen.uncatalogued,
    });
    // A language the catalog now names is no default for OCR to detect.
    if (catalog.entry.language) clearLanguageDecision(run.db, stored.id);
  })();
  record(run.report, {
    path: file.path,
    outcome: 'updated',
    documentId: stored.id,
    message: 'The catalog description changed.',
  });
}
