// Scanned pages in the reader: an image-only PDF and a sideways PNG scan are indexed, read by the
// real OCR engine and indexed again from the recognised words; a search hit then opens on the
// page with the term highlighted over the word in the page image, find in the document marks a
// word there, and the reader, the results and the document's details say the text came from a
// scan. Served by the HTTP server as `portal serve` serves it, in Debian's Chromium.
import { rmSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import type { PendingOcrPage } from '#core/store/library/ocr-needs.ts';
import type { Portal } from '#core/portal.ts';
import { waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';
import { boxOf, iou, wordOnScreen } from './support/ocr-word-boxes.ts';
import { idOf, scannedLibrary } from './support/read-scans.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ocr');
const SCANNED_PDF = join(FIXTURES, 'scanned-en-handbook.pdf');
/** The same page with a crop box inside its media box, turned a quarter by /Rotate 90. */
const ROTATED_PDF = join(FIXTURES, 'scanned-en-handbook-rotated.pdf');
const SIDEWAYS_PNG = join(FIXTURES, 'en-handbook-sideways.png');
/** Two Group 4 TIFF frames, which Chromium cannot show: the reader shows the library's PNG copies. */
const TIFF_SCAN = join(FIXTURES, 'scan-lo-g4.tiff');
/** A word both pages hold (the sideways one with a comma after it). */
const WORD = 'recruiter';
/** A phrase both pages hold, found across two runs of the text layer. */
const PHRASE = 'legal assistance';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  let library: string;
  let read: PendingOcrPage[];
  ({ work, library, portal, read } = await scannedLibrary(
    'portal-e2e-ocr-layer-',
    {
      'scanned-handbook.pdf': SCANNED_PDF,
      'rotated-handbook.pdf': ROTATED_PDF,
      'sideways-handbook.png': SIDEWAYS_PNG,
      'lao-scan.tiff': TIFF_SCAN,
    },
    {
      // The TIFF is left unread: it is here to be shown.
      keep: (p) => p.documentId !== idOf(TIFF_SCAN),
      // The loose scans name no language: the queue's first detection pass, on the PDF here.
      detect: (p) => p.documentId === idOf(SCANNED_PDF),
    },
  ));
  expect(read.map((p) => p.format).sort()).toEqual(['image', 'pdf', 'pdf']);
  ({ server, browser } = await serveDesktopLibrary(portal, library));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

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
