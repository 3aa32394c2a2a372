import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { listDocuments } from '#core/store/library/list-documents.ts';
import { textRecord } from '../../../helpers/document-records.ts';

describe('listDocuments', () => {
  it("gives a profile's first documents by title, whatever their case, from the title index", () => {
    const db = openLibraryDb(':memory:');
    const titles = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];
    db.transaction(() =>
      titles.forEach((title, i) => {
        const record = textRecord(String(i).repeat(64), ['Court'], { title });
        const countries = i === 4 ? ['TH'] : ['LA'];
        insertDocument(db, { ...record, metadata: { ...record.metadata, countries } }, 'now');
      }),
    )();
    const listed = (request: Parameters<typeof listDocuments>[1]) =>
      listDocuments(db, request).map((d) => d.title);
    expect(listed({ country: 'LA', limit: 3 })).toEqual(['Alpha', 'Bravo', 'charlie']);
    expect(listed({ country: 'TH' })).toEqual(['echo']);
    expect(listed({})).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'echo']);
    expect(listed({ country: 'KH' })).toEqual([]);
  });
});
