// A rise of the text version (a change in the text pipeline) reads a scanned document again
// through the pipeline only: its page text is rebuilt from the words OCR stored, and no page is
// recognised again.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REREAD_MESSAGE } from '#core/ingest/write-document.ts';
import { ocrPageText } from '#core/ingest/ocr-page-text.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import { pendingOcrPages } from '#core/store/library/ocr-needs.ts';
import { readOcrPages } from '#core/store/library/ocr-pages.ts';
import { packPageText } from '#core/store/library/page-text.ts';
import { TEXT_VERSION } from '#core/text/text-version.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { ocrEngineCalls, recogniseIntoLibrary } from '../../helpers/ocr-engine.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

interface ReadingRow {
  rowid: number;
  words: string;
  recognised_at: string;
}

describe('a text-version rise over recognised pages', () => {
  it('rebuilds the page text from the stored words without running OCR', async () => {
    const folder = tempFolder();
    copyFileSync(fixture('en-handbook.png'), join(folder, 'handbook.png'));
    const data = tempFolder();
    const libraryDbPath = join(data, 'library.sqlite');
    portal = openPortal({
      libraryDbPath,
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
    });
    const first = await portal.index(folder, { workers: 0 });
    const id = first.entries[0]!.documentId!;
    await recogniseIntoLibrary(libraryDbPath, id, 1, readFileSync(fixture('en-handbook.png')));
    await portal.index(folder, { workers: 0 });

    const reading = () =>
      withDatabaseFile(libraryDbPath, (db) =>
        db
          .prepare<[string], ReadingRow>(
            'SELECT rowid, words, recognised_at FROM ocr_pages WHERE document_id = ?',
          )
          .all(id),
      );
    const before = reading();
    expect(before).toHaveLength(1);
    // The library as an older pipeline left it: a lower text version, and page text it made.
    withDatabaseFile(libraryDbPath, (db) => {
      db.prepare('UPDATE documents SET text_version = ? WHERE id = ?').run(TEXT_VERSION - 1, id);
      const older = packPageText('older pipeline');
      db.prepare('UPDATE pages SET packed_text = ?, text_bytes = ? WHERE text_bytes > 0').run(
        older.packed,
        older.textBytes,
      );
    });
    const calls = ocrEngineCalls();

    const again = await portal.index(folder, { workers: 0 });
    expect(again.entries[0]).toMatchObject({ outcome: 'updated', message: REREAD_MESSAGE });
    expect(ocrEngineCalls()).toBe(calls);
    expect(reading()).toEqual(before);
    withDatabaseFile(libraryDbPath, (db) => {
      expect(pendingOcrPages(db)).toEqual([]);
      expect(
        db
          .prepare<[string], number>('SELECT text_version FROM documents WHERE id = ?')
          .pluck()
          .get(id),
      ).toBe(TEXT_VERSION);
    });
    const words = withDatabaseFile(libraryDbPath, (db) => readOcrPages(db, id)[0]!.words);
    const pages = await portal.api.getPages(id);
    expect(pages.ok && pages.value[0]).toMatchObject({ text: ocrPageText(words), ocr: {} });
    expect(pages.ok && pages.value[0]?.text).toContain('Handbook');
  }, 120_000);
});
