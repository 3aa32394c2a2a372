import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { newReport } from '#core/ingest/ingest-report.ts';
import { removeDocument } from '#core/ingest/remove-documents.ts';
import { progressCounter } from '#core/ingest/run-context.ts';
import { deleteDocument, insertDocument } from '#core/store/library/document-writer.ts';
import { readStoredDocuments } from '#core/store/library/indexer-records.ts';
import { textRecord } from '../../helpers/document-records.ts';

describe('removeDocument', () => {
  it("leaves a document written since in a removed document's rowid", () => {
    const db = openLibraryDb(':memory:');
    const run = { db, report: newReport(), progress: progressCounter(0), addedAt: () => 'now' };
    const moved = textRecord('a'.repeat(64), ['Alpha'], { path: 'old/a.txt' });
    insertDocument(db, moved, 'then');
    const [stored] = readStoredDocuments(db);
    // The moved file's document was dropped by its move; its rowid went to the next document.
    deleteDocument(db, stored!.rowid);
    insertDocument(db, textRecord('b'.repeat(64), ['Bravo'], { path: 'new/b.txt' }), 'now');
    expect(readStoredDocuments(db)[0]!.rowid).toBe(stored!.rowid);

    removeDocument(run, stored!, 'old/a.txt');
    expect(readStoredDocuments(db).map((d) => d.path)).toEqual(['new/b.txt']);
    expect(run.report).toMatchObject({ removed: 1 });
    db.close();
  });
});
