// A static copy carries the text OCR read on scanned pages: its search index finds the words at
// their page, its results and pages say the text was recognised from a scan (in the copy's
// language), and an image document's pages are shown as pictures (a TIFF's frames as PNG).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal, type Portal } from '#core/portal.ts';
import { COPY_GLOBALS, COPY_PATHS } from '#shared/static-copy/copy-format.ts';
import { copyStrings } from '#shared/static-copy/copy-strings.ts';
import { recogniseIntoLibrary } from '../../helpers/ocr-engine.ts';
import { readCopy } from '../../helpers/static-copy.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let work: string;
let portal: Portal;

beforeAll(async () => {
  work = tempFolderFor('copy-ocr');
  const folder = join(work, 'library');
  writeFiles(folder, { 'readme.txt': 'Scanned decrees and notices.' });
  copyFileSync(fixture('scanned-en-p2.pdf'), join(folder, 'scanned.pdf'));
  copyFileSync(fixture('en-handbook.png'), join(folder, 'handbook.png'));
  copyFileSync(fixture('scan-lo-g4.tiff'), join(folder, 'notice.tiff'));
  writeFiles(join(work, 'assets'), { 'page.js': '// page script\n', 'page.css': '/* style */\n' });
  const libraryDbPath = join(work, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: folder,
    copyInThisThread: true,
    copyPageAssets: {
      script: join(work, 'assets', 'page.js'),
      style: join(work, 'assets', 'page.css'),
    },
  });
  const first = await portal.index(folder, { workers: 0 });
  const idOf = (path: string) => first.entries.find((e) => e.path === path)!.documentId!;
  const handbook = readFileSync(fixture('en-handbook.png'));
  await recogniseIntoLibrary(libraryDbPath, idOf('scanned.pdf'), 2, handbook);
  await recogniseIntoLibrary(libraryDbPath, idOf('handbook.png'), 1, handbook);
  await portal.index(folder, { workers: 0 });
}, 120_000);

afterAll(() => portal.close());

async function copyIn(language: 'en' | 'km') {
  const folder = join(work, `copy-${language}`);
  const made = await portal.exportStaticCopy({
    source: { query: '' },
    folder,
    madeBy: 'Test Team',
    language,
  });
  if (!made.ok) throw new Error(made.error.message);
  const { catalog, index } = readCopy(folder);
  const refOf = (path: string) => catalog.documents.findIndex((d) => d.href.includes(path));
  /** Each page's tokens, as the copy's page script receives them. */
  const pagesOf = (ref: number) => {
    let pages: string[] = [];
    runInNewContext(readFileSync(join(folder, COPY_PATHS.pages(ref)), 'utf8'), {
      [COPY_GLOBALS.pages]: (_ref: number, tokens: string[]) => {
        pages = tokens;
      },
    });
    return pages;
  };
  const documentPage = (ref: number) =>
    readFileSync(join(folder, catalog.documents[ref]!.href), 'utf8');
  return { folder, catalog, index, refOf, pagesOf, documentPage };
}

describe('a static copy of scanned documents', () => {
  it('finds the recognised words at their page and says which pages came from a scan', async () => {
    const { catalog, index, refOf, pagesOf } = await copyIn('en');
    const scanned = refOf('scanned');
    expect(catalog.documents[scanned]!.ocrPages).toEqual([2]);
    expect(index.search('confiscated').map((hit) => Number(hit.ref))).toEqual(
      expect.arrayContaining([scanned, refOf('handbook')]),
    );
    const [page1, page2] = pagesOf(scanned);
    expect(page1!.split(' ')).not.toContain('confiscated');
    expect(page2!.split(' ')).toContain('confiscated');
    expect(catalog.documents[refOf('notice')]!.ocrPages).toBeUndefined();
  });

  it('shows an image document’s pages as pictures, with the note on recognised text', async () => {
    const { folder, catalog, refOf, documentPage } = await copyIn('km');
    const handbook = documentPage(refOf('handbook'));
    expect(handbook).toContain(copyStrings('km').recognised('').split('(')[0]!);
    const [, picture] = /<img class="copy-page-image" src="([^"]+)"/.exec(handbook)!;
    expect(
      readFileSync(join(folder, COPY_PATHS.documents, decodeURIComponent(picture!))).equals(
        readFileSync(fixture('en-handbook.png')),
      ),
    ).toBe(true);

    const notice = documentPage(refOf('notice'));
    const frames = [...notice.matchAll(/<img class="copy-page-image" src="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(frames).toHaveLength(2);
    for (const frame of frames)
      expect(
        readFileSync(join(folder, COPY_PATHS.documents, decodeURIComponent(frame))).subarray(0, 8),
      ).toEqual(PNG_SIGNATURE);
    expect(notice).not.toContain('copy-ocr-note');
    expect(catalog.language).toBe('km');
  });
});
