import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { newReport } from '#core/ingest/ingest-report.ts';
import { removeDocument } from '#core/ingest/remove-documents.ts';
import { progressCounter } from '#core/ingest/run-context.ts';
import type { DocumentRecord } from '#core/library/document-record.ts';
import { deleteDocument, insertDocument } from '#core/store/library/document-writer.ts';
import { readStoredDocuments } from '#core/store/library/indexer-records.ts';

const record = (id: string, path: string): DocumentRecord => ({
  id,
  path,
  entryKey: null,
  format: 'text',
  sizeBytes: 10,
  outline: [],
  pages: [{ text: 'Alpha', body: 'alpha', sea: '' }],
  uncatalogued: true,
  metadata: {
    title: path,
    type: 'report',
    language: 'en',
    year: null,
    date: null,
    summary: '',
    keywords: [],
    countries: [],
    organisations: [],
    themes: [],
    links: [],
  },
  metadataSource: 'file',
  metadataHash: '',
});

describe('removeDocument', () => {
  it("leaves a document written since in a removed document's rowid", () => {
    const db = openLibraryDb(':memory:');
    const run = { db, report: newReport(), progress: progressCounter(0), addedAt: () => 'now' };
    const moved = record('a'.repeat(64), 'old/a.txt');
    insertDocument(db, moved, 'then');
    const [stored] = readStoredDocuments(db);
    // The moved file's document was dropped by its move; its rowid went to the next document.
    deleteDocument(db, stored!.rowid);
    insertDocument(db, record('b'.repeat(64), 'new/b.txt'), 'now');
    expect(readStoredDocuments(db)[0]!.rowid).toBe(stored!.rowid);

    removeDocument(run, stored!, 'old/a.txt');
    expect(readStoredDocuments(db).map((d) => d.path)).toEqual(['new/b.txt']);
    expect(run.report).toMatchObject({ removed: 1 });
    db.close();
  });
});
