import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import {
  deleteDocument,
  insertDocument,
  updateDocumentMetadata,
} from '#core/store/library/document-writer.ts';
import { setDoNotShare } from '#core/store/library/do-not-share.ts';
import { libraryStats } from '#core/store/library/library-stats.ts';
import { unpackPageText } from '#core/store/library/page-text.ts';
import type { LibraryView } from '#core/store/library/do-not-share.ts';
import { textRecord } from '../../../helpers/document-records.ts';

let db: Database.Database;

/** The figures counted the slow way, from every page's text. */
function counted(view: LibraryView) {
  const hidden =
    view === 'whole'
      ? ''
      : `WHERE (p.rowid >> 20) NOT IN (SELECT d.rowid FROM documents d WHERE d.id IN
           (SELECT document_id FROM do_not_share UNION SELECT document_id FROM password_protected))`;
  const texts = db
    .prepare<[], Buffer>(`SELECT packed_text FROM pages p ${hidden}`)
    .pluck()
    .all()
    .map(unpackPageText);
  return {
    pages: texts.length,
    textBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

beforeEach(() => {
  db = openLibraryDb(':memory:');
});

describe('libraryStats', () => {
  it('gives the pages and text bytes the pages hold, as documents come, go and are hidden', () => {
    const write = db.transaction((fn: () => void) => fn());
    let court = 0;
    write(() => {
      insertDocument(db, textRecord('a'.repeat(64), ['Court hearing', 'Tòa án']), 'now');
      court = insertDocument(db, textRecord('b'.repeat(64), ['ศาล', '', 'Judges']), 'now');
      insertDocument(db, textRecord('c'.repeat(64), ['ສານ']), 'now');
    });
    for (const view of ['whole', 'shareable'] as const) {
      const { pages, textBytes } = libraryStats(db, view);
      expect({ pages, textBytes }).toEqual(counted(view));
    }
    expect(libraryStats(db).pages).toBe(6);

    setDoNotShare(db, 'b'.repeat(64), true);
    db.prepare('INSERT INTO password_protected VALUES (?)').run('c'.repeat(64));
    const shared = libraryStats(db, 'shareable');
    expect({ pages: shared.pages, textBytes: shared.textBytes }).toEqual(counted('shareable'));
    expect(shared.pages).toBe(2);
    expect(shared.documents).toBe(1);
    expect(shared.byLanguage).toEqual({ en: 1 });
    expect(shared.byType).toEqual({ report: 1 });
    expect(libraryStats(db).byType).toEqual({ report: 3 });

    write(() => deleteDocument(db, court));
    const whole = libraryStats(db);
    expect({ pages: whole.pages, textBytes: whole.textBytes }).toEqual(counted('whole'));
    expect(whole.pages).toBe(3);
  });

  it('counts documents by type and language, and keeps every total through a re-index', () => {
    const write = db.transaction((fn: () => void) => fn());
    const id = 'd'.repeat(64);
    let rowid = 0;
    write(() => {
      rowid = insertDocument(db, textRecord(id, ['ຄູ່ມື', 'Handbook']), 'now');
      insertDocument(db, textRecord('e'.repeat(64), ['ការជួញដូរមនុស្ស']), 'now');
    });
    // Indexed again with new text, then described again as a Thai toolkit.
    write(() => {
      deleteDocument(db, rowid);
      rowid = insertDocument(db, textRecord(id, ['คู่มือ', '', 'Handbook, second edition']), 'now');
    });
    const record = textRecord(id, []);
    write(() =>
      updateDocumentMetadata(
        db,
        rowid,
        { ...record.metadata, type: 'toolkit', language: 'th' },
        { metadataSource: 'user', metadataHash: '', uncatalogued: true },
      ),
    );
    const stats = libraryStats(db);
    expect({ pages: stats.pages, textBytes: stats.textBytes }).toEqual(counted('whole'));
    expect(stats).toMatchObject({
      documents: 2,
      pages: 4,
      byType: { report: 1, toolkit: 1 },
      byLanguage: { en: 1, th: 1 },
    });
    write(() => {
      deleteDocument(db, rowid);
      deleteDocument(db, rowid - 1);
    });
    expect(libraryStats(db)).toMatchObject({
      documents: 0,
      pages: 0,
      textBytes: 0,
      byType: {},
      byLanguage: {},
    });
  });
});
