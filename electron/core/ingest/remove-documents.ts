// Drops documents whose file, or news entry, is gone from the library.
import { deleteDocument } from '../store/library/document-writer.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { record } from './ingest-report.ts';
import type { RunContext } from './run-context.ts';

export function dropDocument(run: RunContext, rowid: number): void {
  run.db.transaction(() => deleteDocument(run.db, rowid))();
}

/** Drops a document and reports it under `label`, its path or its entry. */
export function removeDocument(run: RunContext, doc: StoredDocument, label: string): void {
  dropDocument(run, doc.rowid);
  record(run.report, { path: label, outcome: 'removed', documentId: doc.id });
}
