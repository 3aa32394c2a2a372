// Drops documents whose file, or news entry, is gone from the library.
import { readDocumentPath } from '../store/library/document-reader.ts';
import { deleteDocument } from '../store/library/document-writer.ts';
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
