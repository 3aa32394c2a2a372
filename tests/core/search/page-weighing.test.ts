import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { libraryStore } from '#core/store/library-store.ts';
import { bestPages, MAX_DOCUMENTS_WEIGHED_BY_BM25 } from '#core/search/best-pages.ts';
import { buildAttributeIndex } from '#core/search/document-attributes.ts';
import { planQuery } from '#core/search/query-plan.ts';
import { search } from '#core/search/search.ts';
import { parseQuery } from '#shared/search/query-parser.ts';
import { textRecord } from '../../helpers/document-records.ts';

// "harbour" in more documents than bm25 is asked to weigh, fewer than half of them: its pages are
// weighed by the terms they hold and their length, with no count over the whole index.
const HOLDING = MAX_DOCUMENTS_WEIGHED_BY_BM25 + 10;
const filler = (n: number) => 'The inspectors wrote their notes by hand. '.repeat(n);

let db: Database.Database;
let port: number;

function insert(id: string, pages: string[]): number {
  return insertDocument(db, textRecord(id, pages, { title: id }), '2024-01-01T00:00:00.000Z');
}

beforeAll(() => {
  db = openLibraryDb(':memory:');
  db.transaction(() => {
    for (let i = 0; i < HOLDING; i++) insert(`holding-${i}`, [`${filler(3)} The harbour.`]);
    for (let i = 0; i < HOLDING + 20; i++) insert(`other-${i}`, [filler(3)]);
    port = insert('port', [
      `${filler(80)} A harbour was seen.`,
      'Harbour, harbour, harbour: the harbour inspection.',
      `${filler(6)} The harbour and the wharf.`,
      `${filler(6)} The wharf alone.`,
    ]);
  })();
});

afterAll(() => db.close());

function pagesFor(query: string): number[] {
  const library = libraryStore(db);
  const parsed = parseQuery(query);
  const plan = planQuery(library, parsed, 2 * HOLDING + 21);
  expect(plan.rankingDocuments).toBeGreaterThan(MAX_DOCUMENTS_WEIGHED_BY_BM25);
  return (bestPages(library, plan, parsed, [port]).get(port) ?? []).map((p) => p.page);
}

describe('the pages shown for a term in many documents', () => {
  it('lists a short page full of the term before a long page that mentions it once', () => {
    expect(pagesFor('harbour')).toEqual([2, 3, 1]);
  });

  it('lists a page holding both alternatives of an OR before pages holding one', () => {
    expect(pagesFor('harbour OR wharf')[0]).toBe(3);
  });
});

describe('documents ranked by a Thai word', () => {
  it('ranks a short document full of the word above a long one mentioning it once, and both above one holding it only inside a longer word', () => {
    const thai = openLibraryDb(':memory:');
    try {
      const add = (id: string, text: string) =>
        insertDocument(thai, textRecord(id, [text], { title: id }), '2024-01-01T00:00:00.000Z');
      const victims = 'ผู้เสียหายได้รับความช่วยเหลือ '.repeat(60);
      thai.transaction(() => {
        add('long', `${victims}ศาล ${victims}`);
        add('inside', 'ศาลา ศาลา ศาลา');
        add('short', 'ศาล ศาล ศาล ศาล');
        add('none', victims);
      })();
      const library = libraryStore(thai);
      const index = buildAttributeIndex(library.attributeRows());
      const titles = search(library, index, { query: 'ศาล' }).hits.map((h) => h.document.title);
      expect(titles).toEqual(['short', 'long', 'inside']);
    } finally {
      thai.close();
    }
  });
});
