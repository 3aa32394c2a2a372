// Zoom in the reader of a scanned image: a sideways PNG scan read by the real OCR engine opens with
// a search term highlighted; zoomed in with the toolbar, the highlight and a word found in the
// document still land on the word in the bigger image, and the keys zoom the image exactly as they
// zoom a PDF page. Served by the HTTP server as `portal serve` serves it, in Debian's Chromium.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import type { PageWords } from '#shared/ocr-types.ts';
import { zoomIn, zoomOut } from '#renderer/reader/zoom.ts';
import { waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';
import { boxOf, iou, wordOnScreen } from './support/ocr-word-boxes.ts';
import { idOf, scannedLibrary } from './support/read-scans.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ocr');
const SCANNED_PDF = join(FIXTURES, 'scanned-en-handbook.pdf');
const SIDEWAYS_PNG = join(FIXTURES, 'en-handbook-sideways.png');
const WORD = 'recruiter';
const IMAGE = '[data-testid="reader-page"] [data-testid="page-image"]';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  let library: string;
  ({ work, library, portal } = await scannedLibrary('portal-e2e-image-zoom-', {
    'scanned-handbook.pdf': SCANNED_PDF,
    'sideways-handbook.png': SIDEWAYS_PNG,
  }));
  ({ server, browser } = await serveDesktopLibrary(portal, library));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function recognised(id: string): Promise<PageWords> {
  const words = await portal!.api.getPageWords({ id, page: 1 });
  if (!words.ok || words.value === null) throw new Error('The page has no recognised words.');
  return words.value;
}

const scaleOf = async (page: Page, reader: string) =>
  Number(await page.getByTestId(reader).getAttribute('data-scale'));

/** Waits for the page to be shown at a scale, its text layer built again for it. */
async function shownAt(page: Page, reader: string, scale: number, natural?: number) {
  await expect.poll(() => scaleOf(page, reader)).toBeCloseTo(scale, 5);
  await waitForReaderPage(page, 1);
  if (natural !== undefined)
    await expect
      .poll(() => page.locator(IMAGE).evaluate((img: HTMLImageElement) => img.width))
      .toBe(Math.floor(natural * scale));
}

/** How well the first mark a selector finds covers the word on the image. */
async function overlap(page: Page, selector: string, ocr: PageWords): Promise<number> {
  const word = ocr.words.find((w) => w.text.replace(/\P{L}/gu, '') === WORD)!;
  await page.locator(selector).first().waitFor();
  return iou(await boxOf(page, selector), wordOnScreen(word, ocr, await boxOf(page, IMAGE)));
}

describe('zoom in the image reader', () => {
  it('keeps the highlight and a found word on the word in the zoomed image', async () => {
    const id = idOf(SIDEWAYS_PNG);
    const ocr = await recognised(id);
    expect(ocr.words.some((w) => w.text.replace(/\P{L}/gu, '') === WORD)).toBe(true);
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await page.goto(`${server!.url}#/doc/${id}?page=1&q=${WORD}`);
    await waitForReaderPage(page, 1);
    const natural = await page.locator(IMAGE).evaluate((img: HTMLImageElement) => img.naturalWidth);
    const query = '[data-testid="reader-page"] .textLayer mark.hl--query';
    const find = '[data-testid="reader-page"] .textLayer mark.hl--find';

    const fitted = await scaleOf(page, 'image-reader');
    expect(await overlap(page, query, ocr)).toBeGreaterThanOrEqual(0.8);
    expect(await page.getByTestId('zoom-select').inputValue()).toBe('fit-width');

    await page.getByTestId('zoom-in').click();
    const larger = zoomIn(fitted);
    await shownAt(page, 'image-reader', larger, natural);
    expect(await page.getByTestId('zoom-select').inputValue()).toBe(String(larger));
    const zoomedQuery = await overlap(page, query, ocr);

    await page.getByTestId('reader-viewport').focus();
    await page.keyboard.press('Control+f');
    await page.keyboard.type(WORD);
    const zoomedFind = await overlap(page, find, ocr);

    await page.getByTestId('zoom-select').selectOption('3');
    await shownAt(page, 'image-reader', 3, natural);
    const atThree = await overlap(page, find, ocr);
    console.log(
      `image zoomed from ${fitted.toFixed(3)} to ${larger}: query highlight IoU ${zoomedQuery.toFixed(3)}, find ${zoomedFind.toFixed(3)}; at 3: find ${atThree.toFixed(3)}`,
    );
    expect(zoomedQuery).toBeGreaterThanOrEqual(0.8);
    expect(zoomedFind).toBeGreaterThanOrEqual(0.8);
    expect(atThree).toBeGreaterThanOrEqual(0.8);
    // Wider than the viewer, the image scrolls sideways within it.
    const viewer = page.getByTestId('reader-viewport');
    expect(await viewer.evaluate((v) => v.scrollWidth > v.clientWidth)).toBe(true);
    await saveScreenshot(page, 'reader-image-zoomed');
    await opened.context.close();
    expect(opened.offsiteRequests, 'requests that left this machine').toEqual([]);
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it.each([
    ['the PDF reader', SCANNED_PDF, 'pdf-reader'],
    ['the image reader', SIDEWAYS_PNG, 'image-reader'],
  ])('%s zooms with + (or =) and -, but not while a box has the keys', async (_, file, reader) => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await page.goto(`${server!.url}#/doc/${idOf(file)}?page=1`);
    await waitForReaderPage(page, 1);
    const fitted = await scaleOf(page, reader);
    const viewer = page.getByTestId('reader-viewport');
    await viewer.focus();
    let expected = fitted;
    for (const [key, step] of [
      ['+', zoomIn],
      ['+', zoomIn],
      ['-', zoomOut],
      ['=', zoomIn],
    ] as const) {
      await page.keyboard.press(key);
      expected = step(expected);
      await shownAt(page, reader, expected);
    }
    expect(await page.getByTestId('zoom-select').inputValue()).toBe(String(expected));
    expect(await page.getByTestId('zoom-level').textContent()).toBe(`${expected * 100}%`);

    // Typed in the find box, the same keys are text.
    await page.getByTestId('find-input').fill('');
    await page.getByTestId('find-input').press('-');
    expect(await page.getByTestId('find-input').inputValue()).toBe('-');
    expect(await scaleOf(page, reader)).toBe(expected);
    await opened.context.close();
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
