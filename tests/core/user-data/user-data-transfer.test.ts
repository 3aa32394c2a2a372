import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openUserDb } from '#core/db/open-database.ts';
import { readUserDataFile } from '#core/user-data/import-user-data.ts';
import { importUserData } from '#core/store/user/user-data-rows.ts';
import { exportUserData } from '#core/user-data/export-user-data.ts';
import { tableRows, userTables } from '#core/store/user/user-content.ts';
import { userStore } from '#core/store/user-store.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';
import { DOC_A, FINGERPRINT, writeSomeOfEverything } from './user-writing.ts';

let dbs: Database.Database[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

const open = (file: string) => {
  const db = openUserDb(file);
  dbs.push(db);
  return db;
};

/** Every table's rows, by table. */
const everyTable = (db: Database.Database) =>
  Object.fromEntries(userTables(db).map((table) => [table, tableRows(db, table)]));

function writtenAndExported() {
  const folder = tempFolder();
  const source = open(join(folder, 'user.sqlite'));
  writeSomeOfEverything(userStore(source));
  const file = join(folder, 'notes.json');
  const report = exportUserData(source, file);
  return { folder, source, file, report };
}

describe('exporting and importing what the user wrote', () => {
  it('gives back equal tables when imported into an empty user database', () => {
    const { folder, source, file, report } = writtenAndExported();
    expect(report).toEqual({
      file,
      counts: { bookmarks: 2, highlights: 2, readingLists: 2, readingListItems: 2, trustedKeys: 1 },
    });
    const target = open(join(folder, 'empty.sqlite'));
    const imported = importUserData(target, readUserDataFile(file));
    expect(imported.added).toEqual(report.counts);
    expect(everyTable(target)).toEqual(everyTable(source));
    expect(Object.values(everyTable(source)).flat().length).toBeGreaterThan(8);
  });

  it('names its format and version in the file', () => {
    const { file } = writtenAndExported();
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'tip-resource-portal-user-data', version: 1 });
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('adds nothing twice: importing into a database that holds it all adds nothing', () => {
    const { source, file, report } = writtenAndExported();
    const before = everyTable(source);
    const again = importUserData(source, readUserDataFile(file));
    expect(again.added).toEqual({
      bookmarks: 0,
      highlights: 0,
      readingLists: 0,
      readingListItems: 0,
      trustedKeys: 0,
    });
    expect(again.alreadyHere).toEqual(report.counts);
    expect(everyTable(source)).toEqual(before);
  });

  it('merges into a database with its own writing: what is new is added, with new ids where taken', () => {
    const { folder, source, file } = writtenAndExported();
    const target = open(join(folder, 'other.sqlite'));
    const other = userStore(target);
    other.saveBookmark({ documentId: DOC_A, page: 3, note: 'their own note' });
    other.saveBookmark({ documentId: DOC_A, page: 40, note: '' });
    other.addTrustedKey({ fingerprint: FINGERPRINT, label: 'Their label' });
    const imported = importUserData(target, readUserDataFile(file));
    expect(imported.added.bookmarks).toBe(1);
    expect(imported.alreadyHere.bookmarks).toBe(1);
    expect(imported.alreadyHere.trustedKeys).toBe(1);
    expect(other.listBookmarks(null)).toHaveLength(3);
    expect(other.listBookmarks(DOC_A).find((b) => b.page === 3)?.note).toBe('their own note');
    expect(other.listTrustedKeys()[0]?.label).toBe('Their label');
    expect(other.listHighlights(null)).toHaveLength(userStore(source).listHighlights(null).length);
    const lists = other.listReadingLists('all');
    expect(lists.map((l) => [l.name, l.itemCount, l.shared])).toEqual([
      ['Week 1', 2, true],
      ['Week 1', 0, false],
    ]);
  });
});

describe('a file that is not an export, or is damaged', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON at all', 'PK\u0003\u0004 zip bytes', /is not a file of notes and lists exported/],
    ['JSON of something else', '{"documents": []}', /is not a file of notes and lists exported/],
    [
      'a newer version',
      '{"format": "tip-resource-portal-user-data", "version": 2}',
      /exported by a newer version .* version 2; this version reads up to 1/,
    ],
  ];
  it.each(cases)('%s is refused with a clear message', (_, content, message) => {
    const file = join(tempFolder(), 'notes.json');
    writeFileSync(file, content);
    expect(() => readUserDataFile(file)).toThrow(message);
  });

  it('a damaged file writes nothing, though most of it is good', () => {
    const { folder, file } = writtenAndExported();
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.highlights[1].colour = 'purple';
    writeFileSync(file, JSON.stringify(json));
    const target = open(join(folder, 'empty.sqlite'));
    expect(() => importUserData(target, readUserDataFile(file))).toThrow(
      /is damaged: highlights\.1\.colour .*Nothing was imported/,
    );
    expect(Object.values(everyTable(target)).flat()).toEqual([]);
  });

  it('a file whose rows the database refuses half way writes nothing either', () => {
    const { folder, file } = writtenAndExported();
    const target = open(join(folder, 'empty.sqlite'));
    const data = readUserDataFile(file);
    // A row the database refuses (page 0, past the file's checks here) comes after the others were
    // added inside the transaction.
    const last = data.readingLists.at(-1)!;
    last.items.push({ id: 99, documentId: DOC_A, page: 0, note: '', position: 5 });
    expect(() => importUserData(target, data)).toThrow(/CHECK constraint failed/);
    expect(Object.values(everyTable(target)).flat()).toEqual([]);
  });

  it('a missing file is named', () => {
    expect(() => readUserDataFile('/nowhere/notes.json')).toThrow(
      'There is no file at /nowhere/notes.json.',
    );
  });
});
