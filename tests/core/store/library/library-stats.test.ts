import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { deleteDocument, insertDocument } from '#core/store/library/document-writer.ts';
import { setDoNotShare } from '#core/store/library/do-not-share.ts';
import { libraryStats } from '#core/store/library/library-stats.ts';
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
  return db
    .prepare(
      `SELECT count(*) pages, coalesce(sum(length(CAST(p.text AS BLOB))), 0) textBytes FROM pages p ${hidden}`,
    )
    .get();
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
});
