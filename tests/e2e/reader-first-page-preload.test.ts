// A PDF opened at its address asks for its first page's image from the page's head, before the
// interface's script and stylesheets have come, and the interface shows that very image rather
// than asking again: the viewer's width the head foresees from the window is the one the
// interface measures, on either side of every breakpoint of the document screen's layout, on a
// phone's screen too.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('reader-first-page-preload');

async function samplePdf(): Promise<string> {
  const documents = await session.served.portal.api.listDocuments({ limit: 500 });
  if (!documents.ok) throw new Error(documents.error.message);
  const pdf = documents.value.find((d) => d.format === 'pdf');
  if (!pdf) throw new Error('The sample library has no PDF.');
  return pdf.id;
}

/** The queries of the requests for the document's first page's image, in order. */
const imageRequests = (page: Page, id: string) =>
  page.evaluate(
    (documentId) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname === `/first-page/${documentId}`)
        .map((url) => url.search),
    id,
  );

/** Long enough for a request to leave on a busy machine; past it, none is coming. */
const WAIT_MS = 15_000;

/**
 * Holds the interface's script and stylesheets back until the image is asked for, or for WAIT_MS;
 * tells, of each, whether the image was asked for while it was held.
 */
async function holdAppUntilImageAsked(page: Page, id: string): Promise<boolean[]> {
  const imageAsked = page
    .waitForRequest((request) => request.url().includes(`/first-page/${id}?`))
    .then(
      () => true,
      () => false,
    );
  const held: boolean[] = [];
  await page.route(/\/assets\/index-[^/]*\.(js|css)$/, async (route) => {
    const asked = await Promise.race([
      imageAsked,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS)),
    ]);
    held.push(asked);
    await route.continue();
  });
  return held;
}

describe("the first page's image at start-up", () => {
  it("is asked for before the interface's script and stylesheets have come, and shown", async () => {
    const id = await samplePdf();
    // A first view draws and keeps the image.
    await session.open(`/doc/${id}`);
    await session.page.locator('[data-testid="reader-page"] canvas').waitFor();

    const page = await session.newPage({ viewport: { width: 1280, height: 860 } });
    const heldUntilImageAsked = await holdAppUntilImageAsked(page, id);
    await page.goto(`${session.served.url}#/doc/${id}`);
    await page.locator('[data-testid="reader-page"] canvas').waitFor();
    expect(heldUntilImageAsked).toEqual([true, true]);
    // The image the head asked for is the one the interface showed: asked for once.
    const asked = await imageRequests(page, id);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('cached=only');
  }, 120_000);

  const windows: { name: string; device: BrowserContextOptions }[] = [
    ...[390, 600, 601, 720, 721, 860, 861, 1024, 1200, 1366, 1920].map((width) => ({
      name: `${width} pixels wide`,
      device: { viewport: { width, height: 800 } },
    })),
    {
      name: "a phone's, at three pixels to the point",
      device: { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 3 },
    },
  ];
  for (const { name, device } of windows) {
    it(`is asked for at the viewer's width in a window ${name}`, async () => {
      const id = await samplePdf();
      const page = await session.newPage(device);
      // No drawing for each width: only whether the image is asked for again matters here.
      await page.route(
        (url) => url.pathname === `/first-page/${id}`,
        (route) =>
          route.request().url().includes('cached=only') ? route.continue() : route.abort(),
      );
      const heldUntilImageAsked = await holdAppUntilImageAsked(page, id);
      await session.open(`/doc/${id}`, page);
      expect(heldUntilImageAsked).toEqual([true, true]);
      const asked = (await imageRequests(page, id)).filter((query) =>
        query.includes('cached=only'),
      );
      expect(asked, "one request, the head's, which the interface took").toHaveLength(1);
    });
  }
});
