import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMAGE_WAITING_FOR_OCR } from '#core/ingest/image/waiting-for-ocr.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import type { OcrWord } from '#shared/ocr-types.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

function openLibrary(folder: string) {
  const data = tempFolder();
  const libraryDbPath = join(data, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  return { p: portal, libraryDbPath };
}

const word = (text: string, x0: number, x1: number): OcrWord => ({
  text,
  box: [x0, 40, x1, 60],
  confidence: 82,
});

describe('image files as documents', () => {
  it('adds PNG and JPEG scans as one-page image documents waiting for OCR', async () => {
    const folder = tempFolder();
    copyFileSync(fixture('scan-lo.png'), join(folder, 'court-notice.png'));
    copyFileSync(fixture('scan-km.jpg'), join(folder, 'standards.jpeg'));
    const { p } = openLibrary(folder);
    const report = await p.index(folder, { workers: 0 });
    for (const path of ['court-notice.png', 'standards.jpeg'])
      expect(report.entries.find((e) => e.path === path)).toMatchObject({
        outcome: 'indexed',
        pages: 1,
        message: expect.stringContaining(IMAGE_WAITING_FOR_OCR),
      });
  });

  it('indexes what OCR recognised, and re-indexes it from the stored words without the image', async () => {
    const folder = tempFolder();
    copyFileSync(fixture('scan-lo.png'), join(folder, 'court-notice.png'));
    const { p, libraryDbPath } = openLibrary(folder);
    const first = await p.index(folder, { workers: 0 });
    const id = first.entries[0]?.documentId ?? '';
    // What the engine would record, then a rise of the text version, which reads the file again.
    withDatabaseFile(libraryDbPath, (db) => {
      writeOcrPage(db, id, 1, {
        text: '',
        words: [word('Interpreters', 10, 120), word('for', 130, 160), word('victims', 170, 240)],
        confidence: 82,
        width: 331,
        height: 468,
        languages: ['lao', 'eng'],
        model: 'test-model',
      });
      db.prepare('UPDATE documents SET text_version = 0').run();
    });
    const again = await p.index(folder, { workers: 0 });
    expect(again.entries[0]).toMatchObject({ outcome: 'updated', pages: 1 });
    expect(again.entries[0]?.message ?? '').not.toContain(IMAGE_WAITING_FOR_OCR);
    const pages = await p.api.getPages(id);
    expect(pages.ok && pages.value).toEqual([
      { page: 1, text: 'Interpreters for victims', label: null, ocr: { confidence: 82 } },
    ]);
    const hit = await p.api.search({ query: 'interpreters' });
    expect(hit.ok && hit.value.total).toBe(1);
  });
});
