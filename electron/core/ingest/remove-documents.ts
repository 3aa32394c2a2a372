// Drops documents whose file, or news entry, is gone from the library, and what OCR read on them.
import { readDocumentPath } from '../store/library/document-reader.ts';
import { deleteDocument } from '../store/library/document-writer.ts';
import { deleteOcrPages, orphanedOcrDocuments } from '../store/library/ocr-pages.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { record } from './ingest-report.ts';
import type { RunContext } from './run-context.ts';

export function dropDocument(run: RunContext, rowid: number): void {
  run.db.transaction(() => deleteDocument(run.db, rowid))();
}

/**
 * Drops a document and reports it under `label`, its path or its entry. A moved file's document
 * was dropped already and its rowid may since belong to a document written in this run, so only
 * a row that still holds this document at this place is dropped.
 */
export function removeDocument(run: RunContext, doc: StoredDocument, label: string): void {
  if (readDocumentPath(run.db, doc.id) === doc.path) dropDocument(run, doc.rowid);
  record(run.report, { path: label, outcome: 'removed', documentId: doc.id });
}

/**
 * Forgets the OCR readings, pending pages and page images of documents no longer in the library,
 * once a run has finished writing. A document id is its file's content hash, so the rows of a file
 * that is still in the folder are kept even when it has no document of its own this run (a copy of
 * a file whose first copy changed is indexed by the next run, with its readings).
 */
export function forgetRemovedOcr(run: RunContext, inFolder: ReadonlySet<string>): void {
  const gone = orphanedOcrDocuments(run.db).filter((id) => !inFolder.has(id));
  if (gone.length === 0) return;
  run.db.transaction(() => {
    for (const id of gone) deleteOcrPages(run.db, id);
  })();
}
