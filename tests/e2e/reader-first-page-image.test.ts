// A PDF opened at its address shows the first-page image the server drew before the interface's
// code has run (which waits for it), near where the reader will put it even in a fresh profile,
// and the reader's canvas then takes its place at the same size and position; the next start puts
// the image where the page was. Entering a document from a list shows its image fetched ahead,
// without waiting for the document's details, which are asked for once. A classroom visitor gets
// no image of a document it cannot see, and bad addresses are answered clearly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createFirstPageImages } from '#core/first-page/first-page-images.ts';
import { startServer } from '#core/http/http-server.ts';
import { canvasHasInk } from '#scripts/portal-ui/portal-screens.ts';
import { SAMPLE_LIBRARY } from '#scripts/portal-ui/sample-portal.ts';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('reader-first-page-image');
const cacheDir = mkdtempSync(join(tmpdir(), 'portal-first-pages-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

async function documentOf(format: string): Promise<string> {
  const documents = await session.served.portal.api.listDocuments({ limit: 500 });
  if (!documents.ok) throw new Error(documents.error.message);
  const found = documents.value.find((d) => d.format === format);
  if (!found) throw new Error(`The sample library has no ${format} document.`);
  return found.id;
}

/**
 * Records, in the page, when the image and the canvas first appeared (ms since navigation), and
 * where the image last sat in the stand-in and in the reader, and where the canvas first did (page
 * coordinates).
 */
function recordAppearances(): void {
  const seen: Record<string, unknown> = {};
  Object.assign(window, { appearances: seen });
  const placeOf = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
  };
  new MutationObserver(() => {
    const image = document.querySelector('img[data-first-page][data-loaded]');
    seen.image ??= image ? performance.now() : undefined;
    const standIn = document.querySelector('#first-page-stand-in img[data-loaded]');
    if (standIn) seen.standInBox = placeOf(standIn);
    const inReader = document.querySelector('#root img[data-first-page][data-loaded]');
    const canvas = document.querySelector('[data-testid="reader-page"] canvas');
    if (inReader && !canvas) seen.imageBox = placeOf(inReader);
    if (canvas && seen.canvas === undefined) {
      seen.canvas = performance.now();
      seen.canvasBox = placeOf(canvas);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

interface Place {
  x: number;
  y: number;
  width: number;
  height: number;
}

const appearances = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          appearances: {
            image?: number;
            canvas?: number;
            imageBox?: Place;
            canvasBox?: Place;
            standInBox?: Place;
          };
        }
      ).appearances,
  );

/**
 * Holds requests matching `pattern` back until `selector` is in the page: the order of what
 * appears is then the one the test is about, however long drawing the image takes on a busy
 * machine.
 */
async function holdUntil(page: Page, pattern: string, selector: string): Promise<void> {
  await page.route(pattern, async (route) => {
    await page.waitForSelector(selector, { state: 'attached', timeout: HOLD_MS }).catch(() => {});
    await route.continue();
  });
}

/** The longest a request is held: the first drawing of a page can take many seconds under load. */
const HOLD_MS = 60_000;

describe('the first-page image', () => {
  it('shows before the reader, and the canvas replaces it at the same place', async () => {
    const id = await documentOf('pdf');
    // A first view draws and keeps the image.
    await session.open(`/doc/${id}`);
    await session.page.locator('[data-testid="reader-page"] canvas').waitFor();

    const page = await session.newPage({ viewport: { width: 1280, height: 860 } });
    await page.addInitScript(recordAppearances);
    // The PDF's bytes and the interface's code wait for the image in the stand-in, so that the
    // canvas cannot come first, however long the image takes on a busy machine.
    await holdUntil(page, `**/files/${id}`, 'img[data-first-page][data-loaded]');
    await holdUntil(page, '**/assets/mount-app-*.js', '#first-page-stand-in img[data-loaded]');
    await page.goto(`${session.served.url}#/doc/${id}`);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    const seen = await appearances(page);
    expect(seen.image).toBeLessThan(seen.canvas!);
    for (const side of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(seen.canvasBox![side] - seen.imageBox![side]), side).toBeLessThanOrEqual(1);
    // A fresh profile: the stand-in, laid out with the screen's classes and one line for each
    // text, puts the page where the reader does or a little higher (a title of more lines).
    expect(Math.abs(seen.standInBox!.x - seen.canvasBox!.x)).toBeLessThanOrEqual(1);
    expect(seen.standInBox!.y).toBeLessThanOrEqual(seen.canvasBox!.y + 1);
    expect(seen.standInBox!.y).toBeGreaterThan(seen.canvasBox!.y * 0.6);
    // The interface's code was asked for once the image had come, or after the longest wait for it.
    const timing = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime,
        end: entry.responseEnd,
      })),
    );
    const image = timing.find((entry) => entry.path.startsWith('/first-page/'))!;
    const code = timing.find((entry) => entry.path.includes('/mount-app-'))!;
    expect(code.start).toBeGreaterThanOrEqual(Math.min(image.end, image.start + 1000) - 1);
    expect(await canvasHasInk(page)).toBe(true);
    // Replaced, not kept under the canvas.
    expect(await page.locator('img[data-first-page]').count()).toBe(0);

    // The next start shows the image where the page was, before the interface is drawn (its code
    // waits for the image here, so that the stand-in is seen).
    await holdUntil(page, '**/assets/mount-app-*.js', '#first-page-stand-in img[data-loaded]');
    await page.reload();
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    const again = await appearances(page);
    expect(again.standInBox, 'the stand-in showed the image').toBeDefined();
    for (const side of ['x', 'y'] as const)
      expect(Math.abs(again.canvasBox![side] - again.standInBox![side]), side).toBeLessThanOrEqual(
        1,
      );
    expect(await page.locator('#first-page-stand-in').count()).toBe(0);
  }, 180_000);

  it('is fetched ahead for a document pointed at, and shown at once on entering it', async () => {
    const documents = await session.served.portal.api.listDocuments({ limit: 500 });
    if (!documents.ok) throw new Error(documents.error.message);
    const pdf = documents.value.find((d) => d.format === 'pdf' && d.countries.length > 0)!;
    const id = pdf.id;
    const page = session.page;
    await page.addInitScript(recordAppearances);
    // A first view draws and keeps the image.
    await session.open(`/doc/${id}`);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    await session.open(`/country/${pdf.countries[0]!}`);
    const link = page.locator(`a[href="#/doc/${id}"]`).first();
    const asked = (onlyDrawn: boolean) =>
      page.evaluate(
        ({ documentId, onlyDrawn }) =>
          performance
            .getEntriesByType('resource')
            .filter(
              (entry) =>
                entry.name.includes(`/first-page/${documentId}`) &&
                (!onlyDrawn || entry.name.includes('cached=only')),
            ).length,
        { documentId: id, onlyDrawn },
      );
    const fetchedAhead = await asked(true);
    await link.hover();
    await expect.poll(() => asked(true), { timeout: HOLD_MS }).toBeGreaterThan(fetchedAhead);
    const before = await asked(false);
    await page.evaluate(() => {
      const seen = (window as unknown as { appearances: Record<string, unknown> }).appearances;
      for (const key of Object.keys(seen)) delete seen[key];
    });
    // The bytes wait for the image, so that the canvas cannot come first.
    await holdUntil(page, `**/files/${id}`, '[data-testid="first-page-slot"] img[data-loaded]');
    await link.click();
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    const seen = await appearances(page);
    expect(seen.image).toBeLessThan(seen.canvas!);
    expect(await asked(false), 'no new request for the image').toBe(before);
  }, 120_000);

  it('shows on entering a document before its details have come, which are asked for once', async () => {
    const documents = await session.served.portal.api.listDocuments({ limit: 500 });
    if (!documents.ok) throw new Error(documents.error.message);
    const pdf = documents.value.find((d) => d.format === 'pdf' && d.countries.length > 0)!;
    const markdown = documents.value.find((d) => d.format === 'markdown')!;
    const page = session.page;
    // A first view draws and keeps the image.
    await session.open(`/doc/${pdf.id}`);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    await session.open(`/country/${pdf.countries[0]!}`);

    // The details of the documents entered wait until the test lets them go.
    const detailsAsked: string[] = [];
    let releaseDetails = () => {};
    let detailsHeld = Promise.resolve();
    const holdDetails = () => {
      detailsHeld = new Promise((release) => (releaseDetails = release));
    };
    await page.route('**/api/getDocument', async (route) => {
      const [id] = (route.request().postDataJSON() as { args: [string] }).args;
      if (id === pdf.id || id === markdown.id) {
        detailsAsked.push(id);
        await detailsHeld;
      }
      await route.continue();
    });
    holdDetails();
    await page.locator(`a[href="#/doc/${pdf.id}"]`).first().click();
    const shown = page.locator('#root img[data-first-page][data-loaded]');
    await shown.waitFor({ timeout: HOLD_MS });
    const imageBox = (await shown.boundingBox())!;
    releaseDetails();
    const canvas = page.locator('[data-testid="reader-page"] canvas');
    await canvas.waitFor();
    // Where the reader puts the page, but for the lines a long title takes.
    const canvasBox = (await canvas.boundingBox())!;
    expect(Math.abs(imageBox.x - canvasBox.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(imageBox.width - canvasBox.width)).toBeLessThanOrEqual(1);
    expect(imageBox.y).toBeLessThanOrEqual(canvasBox.y + 1);
    expect(await page.locator('[data-testid="document-screen-loading"]').count()).toBe(0);
    expect(detailsAsked, 'details asked for once').toEqual([pdf.id]);

    // A document that is not a PDF has no image: the spinner shows until its details come.
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.locator('[data-testid="recent-documents"]').waitFor();
    holdDetails();
    const noImage = page.waitForResponse((response) =>
      response.url().includes(`/first-page/${markdown.id}`),
    );
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), markdown.id);
    await noImage;
    await expect.poll(() => detailsAsked.length).toBe(2);
    await page.locator('#main .loading').waitFor();
    expect(await page.locator('[data-testid="document-screen-loading"]').count()).toBe(0);
    releaseDetails();
    await page.getByTestId('markup-reader').waitFor();
  }, 120_000);

  it('is not shown for a document that is not a PDF, and the stand-in goes', async () => {
    const id = await documentOf('markdown');
    await session.open(`/doc/${id}`);
    await session.page.getByTestId('markup-reader').waitFor();
    expect(await session.page.locator('#first-page-stand-in').count()).toBe(0);
  });

  it('is refused to a classroom visitor for a hidden document, and bad addresses are answered clearly', async () => {
    const { portal } = session.served;
    const visitors = await startServer({
      portal,
      port: 0,
      staticDir: join(import.meta.dirname, '..', '..', 'dist', 'renderer'),
      libraryDir: SAMPLE_LIBRARY,
      roomCode: null,
      isThisComputer: () => false,
      firstPages: createFirstPageImages({ cacheFolder: cacheDir }),
    });
    const pdf = await documentOf('pdf');
    const markdown = await documentOf('markdown');
    const page = session.page;
    const ask = (path: string, method = 'GET') =>
      page.evaluate(
        async ({ path, method }) => {
          const response = await fetch(path, { method });
          const type = response.headers.get('Content-Type') ?? '';
          return {
            status: response.status,
            type,
            text: type.startsWith('text/') ? await response.text() : '',
          };
        },
        { path, method },
      );
    const address = (id: string, query = 'width=864&density=1') => `first-page/${id}?${query}`;
    try {
      await page.goto(visitors.url);
      expect(await ask(address(pdf))).toMatchObject({ status: 200, type: 'image/webp' });
      await portal.api.setDoNotShare({ id: pdf, doNotShare: true });
      const hidden = await ask(address(pdf));
      const unknown = await ask(address('0'.repeat(64)));
      expect(hidden.status).toBe(404);
      // The visitor learns nothing of the hidden document: told as for an unknown one.
      expect(hidden.text).toBe(unknown.text.replace('0'.repeat(64), pdf));
      // Asked for an image already drawn only, the same.
      const hiddenDrawn = await ask(address(pdf, 'width=864&density=1&cached=only'));
      expect(hiddenDrawn).toEqual(hidden);
      expect(unknown.text).toContain('No document with the id');
      expect(await ask(address(markdown))).toMatchObject({
        status: 415,
        text: expect.stringContaining('not a PDF') as unknown,
      });
      expect(await ask(address(markdown, 'width=wide&density=1'))).toMatchObject({
        status: 400,
        text: expect.stringContaining('The width must be a whole number') as unknown,
      });
      expect(await ask(address(markdown, 'width=864&density=9'))).toMatchObject({
        status: 400,
        text: expect.stringContaining('The density must be') as unknown,
      });
      expect(await ask(address(markdown, 'width=864&density=1&cached=yes'))).toMatchObject({
        status: 400,
        text: expect.stringContaining('cached, when given, must be "only"') as unknown,
      });
      expect(await ask('first-page/not-an-id?width=864&density=1')).toMatchObject({
        status: 400,
        text: expect.stringContaining('/first-page/<64-character document id>') as unknown,
      });
      expect(await ask(address(pdf), 'POST')).toMatchObject({ status: 405 });
    } finally {
      await portal.api.setDoNotShare({ id: pdf, doNotShare: false });
      await visitors.close();
    }
  });
});
