// A PDF opened at its address shows the first-page image the server drew before the interface's
// code has run, and the reader's canvas then takes its place at the same size and position; the
// next start puts the image where the page was. A classroom visitor gets no image of a document
// it cannot see, and bad addresses are answered clearly.
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
 * where the image last sat in the reader and where the canvas first did (page coordinates).
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
          appearances: { image?: number; canvas?: number; imageBox?: Place; canvasBox?: Place };
        }
      ).appearances,
  );

/** Holds the PDF's bytes back, so that the canvas cannot come before the image. */
async function slowPdf(page: Page, id: string): Promise<void> {
  await page.route(`**/files/${id}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on the screen.`);
  return found;
};

describe('the first-page image', () => {
  it('shows before the reader, and the canvas replaces it at the same place', async () => {
    const id = await documentOf('pdf');
    // A first view draws and keeps the image.
    await session.open(`/doc/${id}`);
    await session.page.locator('[data-testid="reader-page"] canvas').waitFor();

    const page = await session.newPage({ viewport: { width: 1280, height: 860 } });
    await page.addInitScript(recordAppearances);
    await slowPdf(page, id);
    await page.goto(`${session.served.url}#/doc/${id}`);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    const seen = await appearances(page);
    expect(seen.image).toBeLessThan(seen.canvas!);
    for (const side of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(seen.canvasBox![side] - seen.imageBox![side]), side).toBeLessThanOrEqual(1);
    expect(await canvasHasInk(page)).toBe(true);
    // Replaced, not kept under the canvas.
    expect(await page.locator('img[data-first-page]').count()).toBe(0);

    // The next start shows the image where the page was, before the interface is drawn.
    await page.reload();
    const early = await page
      .locator('#first-page-stand-in img[data-loaded]')
      .evaluate((image) => image.getBoundingClientRect().toJSON() as Place);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    const placed = await box(page, '[data-testid="reader-page"] canvas');
    expect(Math.abs(placed.x - early.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(placed.y - early.y)).toBeLessThanOrEqual(1);
    expect(await page.locator('#first-page-stand-in').count()).toBe(0);
  });

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
