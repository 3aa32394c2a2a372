import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { deleteDocument, insertDocument } from '#core/store/library/document-writer.ts';
import { textRecord } from '../../../helpers/document-records.ts';

let db: Database.Database;
const matches = (table: string, expression: string) =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(expression);

beforeEach(() => {
  db = openLibraryDb(':memory:');
});

describe('insertDocument', () => {
  it('indexes each page of a document once per word in the document words', () => {
    const rowid = db.transaction(() =>
      insertDocument(db, textRecord('a', ['Fishing, fishing boats.', 'Boats.', 'FISHING']), 'now'),
    )();
    const counts = db.prepare('SELECT term, doc, cnt FROM doc_words_vocab ORDER BY term').all();
    expect(counts).toEqual([
      { term: 'boats', doc: 1, cnt: 2 },
      { term: 'fishing', doc: 1, cnt: 2 },
    ]);
    expect(matches('doc_words_fts', '"boats"')).toEqual([rowid]);
  });

  it("lets a page search be narrowed to a document's pages", () => {
    const [a, b] = db.transaction(() => [
      insertDocument(db, textRecord('a', ['court', 'court']), 'now'),
      insertDocument(db, textRecord('b', ['court']), 'now'),
    ])();
    expect(matches('pages_fts', `{body}: "court" AND {document}: "${b}"`)).toEqual([
      b! * 2 ** 20 + 1,
    ]);
    expect(matches('pages_fts', `{body}: "court" AND {document}: "${a}"`)).toHaveLength(2);
  });
});

describe('deleteDocument', () => {
  it('removes the document from every index', () => {
    const rowid = db.transaction(() =>
      insertDocument(db, textRecord('a', ['court fishing']), 'now'),
    )();
    db.transaction(() => deleteDocument(db, rowid))();
    for (const table of ['pages_fts', 'doc_text_fts', 'doc_words_fts']) {
      expect(matches(table, '"fishing"')).toEqual([]);
    }
  });
});
