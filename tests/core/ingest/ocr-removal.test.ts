// What OCR read on a document goes with the document: removed from the folder, replaced by other
// bytes at its path, or taken out by a newer pack. The same bytes moved, or kept under another
// path, keep their readings (a document's id is its content's hash).
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal, type Portal } from '#core/portal.ts';
import { readOcrNeeds } from '#core/store/library/ocr-needs.ts';
import { readOcrPages, readPageImage } from '#core/store/library/ocr-pages.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { recogniseIntoLibrary } from '../../helpers/ocr-engine.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

/** A library of an English scan, read by the engine, and a two-page TIFF waiting for OCR. */
async function recognisedLibrary() {
  const folder = tempFolder();
  copyFileSync(fixture('en-handbook.png'), join(folder, 'handbook.png'));
  copyFileSync(fixture('scan-lo-g4.tiff'), join(folder, 'notice.tiff'));
  const data = tempFolder();
  const libraryDbPath = join(data, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  const p = portal;
  const first = await p.index(folder, { workers: 0 });
  const idOf = (path: string) => first.entries.find((e) => e.path === path)!.documentId!;
  const handbook = idOf('handbook.png');
  const notice = idOf('notice.tiff');
  await recogniseIntoLibrary(libraryDbPath, handbook, 1, readFileSync(fixture('en-handbook.png')));
  await p.index(folder, { workers: 0 });
  const rows = (id: string) =>
    withDatabaseFile(libraryDbPath, (db) => ({
      readings: readOcrPages(db, id).length,
      needs: readOcrNeeds(db, id).length,
      images: [1, 2].filter((page) => readPageImage(db, id, page) !== null).length,
    }));
  const reindex = () => p.index(folder, { workers: 0 });
  const finds = async (word: string) => {
    const hit = await p.api.search({ query: word });
    return hit.ok ? hit.value.total : -1;
  };
  return { folder, handbook, notice, rows, reindex, finds };
}

describe('OCR rows of removed documents', () => {
  it('are kept while the file is in the folder, moved or copied, and go with its last copy', async () => {
    const { folder, handbook, notice, rows, reindex, finds } = await recognisedLibrary();
    expect(rows(handbook)).toEqual({ readings: 1, needs: 1, images: 0 });
    expect(rows(notice)).toEqual({ readings: 0, needs: 2, images: 2 });
    expect(await finds('handbook')).toBe(1);

    mkdirSync(join(folder, 'scans'));
    renameSync(join(folder, 'handbook.png'), join(folder, 'scans', 'handbook.png'));
    await reindex();
    expect(rows(handbook)).toMatchObject({ readings: 1 });
    expect(await finds('handbook')).toBe(1);

    copyFileSync(join(folder, 'scans', 'handbook.png'), join(folder, 'copy.png'));
    rmSync(join(folder, 'scans'), { recursive: true });
    await reindex();
    expect(rows(handbook)).toMatchObject({ readings: 1 });
    expect(await finds('handbook')).toBe(1);

    rmSync(join(folder, 'copy.png'));
    rmSync(join(folder, 'notice.tiff'));
    const report = await reindex();
    expect(report.removed).toBe(2);
    expect(rows(handbook)).toEqual({ readings: 0, needs: 0, images: 0 });
    expect(rows(notice)).toEqual({ readings: 0, needs: 0, images: 0 });
    expect(await finds('handbook')).toBe(0);
  }, 120_000);

  it('go when other bytes take the file’s place, and stay while a copy of it remains', async () => {
    const { folder, handbook, rows, reindex } = await recognisedLibrary();
    copyFileSync(join(folder, 'handbook.png'), join(folder, 'twin.png'));
    await reindex();
    // The first copy changes; the twin still holds the bytes the readings belong to.
    copyFileSync(fixture('scan-lo.png'), join(folder, 'handbook.png'));
    await reindex();
    expect(rows(handbook)).toMatchObject({ readings: 1 });

    rmSync(join(folder, 'twin.png'));
    await reindex();
    expect(rows(handbook)).toEqual({ readings: 0, needs: 0, images: 0 });
  }, 120_000);
});
