// Scanned pages in the reader: an image-only PDF and a sideways PNG scan are indexed, read by the
// real OCR engine and indexed again from the recognised words; a search hit then opens on the
// page with the term highlighted over the word in the page image, find in the document marks a
// word there, and the reader, the results and the document's details say the text came from a
// scan. Served by the HTTP server as `portal serve` serves it, in Debian's Chromium.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { renderPdfPage } from '#core/ocr/render-pdf-page.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { pendingOcrPages } from '#core/store/library/ocr-needs.ts';
import { writeLanguageDetection } from '#core/store/library/language-decisions.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import { markTextOutdated } from '#core/store/library/outdated-text.ts';
import type { OcrWord, PageWords } from '#shared/ocr-types.ts';
import { waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ocr');
const SCANNED_PDF = join(FIXTURES, 'scanned-en-handbook.pdf');
/** The same page with a crop box inside its media box, turned a quarter by /Rotate 90. */
const ROTATED_PDF = join(FIXTURES, 'scanned-en-handbook-rotated.pdf');
const SIDEWAYS_PNG = join(FIXTURES, 'en-handbook-sideways.png');
/** Two Group 4 TIFF frames, which Chromium cannot show: the reader shows the library's PNG copies. */
const TIFF_SCAN = join(FIXTURES, 'scan-lo-g4.tiff');
const idOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** A word both pages hold (the sideways one with a comma after it). */
const WORD = 'recruiter';
/** A phrase both pages hold, found across two runs of the text layer. */
const PHRASE = 'legal assistance';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-ocr-layer-')));
  const library = join(work, 'library');
  mkdirSync(library);
  copyFileSync(SCANNED_PDF, join(library, 'scanned-handbook.pdf'));
  copyFileSync(ROTATED_PDF, join(library, 'rotated-handbook.pdf'));
  copyFileSync(SIDEWAYS_PNG, join(library, 'sideways-handbook.png'));
  copyFileSync(TIFF_SCAN, join(library, 'lao-scan.tiff'));
  const libraryDbPath = join(work, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library);

  const db = openLibraryDb(libraryDbPath);
  const engine = await createOcrEngine({
    dataFolders: ocrDataFolders({}),
    cacheFolder: join(work, 'ocr-cache'),
  });
  try {
    // The TIFF is left unread: it is here to be shown.
    const pending = pendingOcrPages(db).filter((p) => p.documentId !== idOf(TIFF_SCAN));
    expect(pending.map((p) => p.format).sort()).toEqual(['image', 'pdf', 'pdf']);
    for (const { documentId, page, format, path, language } of pending) {
      const file = join(library, ...path!.split('/'));
      const image =
        format === 'pdf'
          ? (await renderPdfPage({ path: file, page, dpi: 200 })).png
          : new Uint8Array(readFileSync(file));
      // The loose scans name no language: the queue's first detection pass, on the PDF here.
      if (documentId === idOf(SCANNED_PDF))
        writeLanguageDetection(db, documentId, await engine.detectLanguage(image));
      const read = await engine.recognise(image, [language]);
      writeOcrPage(db, documentId, page, read);
      markTextOutdated(db, documentId);
    }
  } finally {
    await engine.close();
    db.close();
  }
  // Indexed again, the pages' text now comes from the recognised words.
  await portal.index(library);
  ({ server, browser } = await serveDesktopLibrary(portal, library));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
  const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const area = (r: Box) => (r.right - r.left) * (r.bottom - r.top);
  return (w * h) / (area(a) + area(b) - w * h);
}

/**
 * The OCR word's box on the screen, worked out here from the page image's place on the screen:
 * the image OCR read is the drawn page (or the image file), turned by `rotation` before reading.
 */
function wordOnScreen(word: OcrWord, ocr: PageWords, image: Box): Box {
  const quarter = ocr.rotation === 90 || ocr.rotation === 270;
  const width = quarter ? ocr.height : ocr.width;
  const height = quarter ? ocr.width : ocr.height;
  const unturn = ([x, y]: [number, number]): [number, number] =>
    ocr.rotation === 90
      ? [y, ocr.width - x]
      : ocr.rotation === 180
        ? [ocr.width - x, ocr.height - y]
        : ocr.rotation === 270
          ? [ocr.height - y, x]
          : [x, y];
  const [x0, y0, x1, y1] = word.box;
  const corners = [unturn([x0, y0]), unturn([x1, y1])];
  const sx = (image.right - image.left) / width;
  const sy = (image.bottom - image.top) / height;
  const xs = corners.map(([x]) => image.left + x * sx);
  const ys = corners.map(([, y]) => image.top + y * sy);
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const rect = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  return rect;
}

describe('a scanned page in the reader', () => {
  it('search marks the hits on scanned pages, and the document counts its recognised pages', async () => {
    const found = await portal!.api.search({ query: WORD });
    if (!found.ok) throw new Error(found.error.message);
    const ids = found.value.hits.map((hit) => hit.document.id).sort();
    expect(ids).toEqual([idOf(SCANNED_PDF), idOf(ROTATED_PDF), idOf(SIDEWAYS_PNG)].sort());
    for (const hit of found.value.hits) {
      expect(hit.pages[0]?.page).toBe(1);
      expect(hit.pages[0]?.ocr?.confidence).toBeGreaterThan(50);
    }
    const detail = await portal!.api.getDocument(idOf(SCANNED_PDF));
    expect(detail.ok && detail.value).toMatchObject({
      ocrPages: 1,
      language: 'en',
      languageDetected: true,
    });
  });

  it('says on the document’s page that its language was detected from the scans', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    try {
      await page.goto(`${server!.url}#/doc/${idOf(SCANNED_PDF)}`);
      await page.locator('.document-about summary').click();
      const detected = page.getByTestId('language-detected');
      await detected.waitFor();
      expect(await detected.textContent()).toContain('detected from the scanned pages');
    } finally {
      await opened.context.close();
    }
  });

  it.each([
    ['an image-only PDF', SCANNED_PDF, '.pdf-page__canvas canvas'],
    ['a PDF page with a crop box and /Rotate 90', ROTATED_PDF, '.pdf-page__canvas canvas'],
    ['a sideways PNG scan', SIDEWAYS_PNG, '[data-testid="page-image"]'],
  ])(
    '%s: the highlight lands on the word, find works, the OCR mark shows',
    async (name, file, imageSelector) => {
      const id = idOf(file);
      const words = await portal!.api.getPageWords({ id, page: 1 });
      if (!words.ok || words.value === null) throw new Error('The page has no recognised words.');
      const ocr = words.value;
      const word = ocr.words.find((w) => w.text.replace(/\P{L}/gu, '') === WORD);
      expect(word, `OCR read "${WORD}"`).toBeDefined();

      const opened = await openOfflinePage(browser!);
      const { page } = opened;
      await page.goto(`${server!.url}#/search?q=${WORD}`);
      const hit = page.locator(`[data-testid="result-page-link"][href*="${id}"]`);
      await hit.waitFor();
      const result = page.locator('li', { has: hit }).last();
      await expect.poll(() => result.getByTestId('result-ocr-mark').count()).toBe(1);
      await hit.click();
      await waitForReaderPage(page, 1);

      const notice = page.getByTestId('ocr-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/recognised from a scan \(confidence \d+%\)/);

      const query = '[data-testid="reader-page"] .textLayer mark.hl--query';
      await page.locator(query).first().waitFor();
      const mark = await boxOf(page, query);
      const image = await boxOf(page, `[data-testid="reader-page"] ${imageSelector}`);
      const expected = wordOnScreen(word!, ocr, image);
      const overlap = iou(mark, expected);
      console.log(
        `${name}: highlight ${JSON.stringify(mark)} over the word ${JSON.stringify(expected)}: IoU ${overlap.toFixed(3)}`,
      );
      expect(overlap).toBeGreaterThanOrEqual(0.8);
      await saveScreenshot(page, `reader-ocr-${basename(file, extname(file))}`);

      // Selected and copied, the layer gives the page's indexed text: its words in the same order.
      const indexed = await portal!.api.getPages(id);
      if (!indexed.ok) throw new Error(indexed.error.message);
      const selected = await page
        .locator('[data-testid="reader-page"] .textLayer')
        .evaluate((layer) => {
          const range = document.createRange();
          range.selectNodeContents(layer);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return selection.toString();
        });
      const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(wordsOf(selected)).toEqual(wordsOf(indexed.value[0]!.text));

      await page.getByTestId('reader-viewport').focus();
      await page.keyboard.press('Control+f');
      await page.keyboard.type(PHRASE);
      const findMarks = page.locator('[data-testid="reader-page"] .textLayer mark.hl--find');
      await expect.poll(() => findMarks.count()).toBeGreaterThan(0);
      const marked = (await findMarks.allTextContents()).join(' ').replace(/\s+/g, ' ');
      expect(marked.toLowerCase()).toContain(PHRASE);
      await opened.context.close();
      expect(opened.offsiteRequests, 'requests that left this machine').toEqual([]);
      expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
    },
  );

  it("shows a TIFF scan's frames from the library's PNG copies, page by page", async () => {
    const id = idOf(TIFF_SCAN);
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await page.goto(`${server!.url}#/doc/${id}?page=2`);
    await page.getByTestId('image-reader').waitFor();
    expect(await page.getByTestId('page-total').textContent()).toBe('of 2');
    const image = page.locator('[data-testid="reader-page"][data-page-number="2"] img');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(await page.getByTestId('ocr-notice').count()).toBe(0);
    await opened.context.close();
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('getPageWords answers bad input with a clear message', async () => {
    const call = async (args: unknown[]) => {
      const response = await fetch(new URL('api/getPageWords', server!.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { error?: { message: string } },
      };
    };
    const noPage = await call([{ id: idOf(SCANNED_PDF) }]);
    expect(noPage.status).toBe(400);
    expect(noPage.body.error?.message).toMatch(/page/);
    const badId = await call([{ id: 'scan', page: 1 }]);
    expect(badId.status).toBe(400);
    expect(badId.body.error?.message).toMatch(/document id/);
    const pastTheEnd = await call([{ id: idOf(SCANNED_PDF), page: 2 }]);
    expect(pastTheEnd.status).toBe(404);
    expect(pastTheEnd.body.error?.message).toBe('The document has 1 page; there is no page 2.');
    // Classroom visitors never learn of a document marked "do not share", its words included.
    await portal!.api.setDoNotShare({ id: idOf(SCANNED_PDF), doNotShare: true });
    const hidden = await portal!.sharedView.api.getPageWords({ id: idOf(SCANNED_PDF), page: 1 });
    expect(!hidden.ok && hidden.error.code).toBe('not-found');
    await portal!.api.setDoNotShare({ id: idOf(SCANNED_PDF), doNotShare: false });
    const image = await portal!.api.getPageImage({ id: idOf(SCANNED_PDF), page: 1 });
    expect(!image.ok && image.error.code).toBe('not-found');
  });
});
