// A PDF opened at its own address (a cold start, a shared link) shows the page pdf.js drew before
// the interface's first render, on a desktop and on a phone alike, with its text layer after it;
// entered from another screen, the page drawn while that screen rendered. An unknown document,
// or a file the server refuses, is still said so clearly.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '#renderer/i18n/en.json' with { type: 'json' };
import { canvasHasInk } from '#scripts/portal-ui/portal-screens.ts';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('reader-early-page');

async function samplePdf(): Promise<string> {
  const documents = await session.served.portal.api.listDocuments({ limit: 500 });
  if (!documents.ok) throw new Error(documents.error.message);
  const pdf = documents.value.find((d) => d.format === 'pdf' && d.pageCount >= 2);
  if (!pdf) throw new Error('The sample library has no PDF of two pages or more.');
  return pdf.id;
}

const drawnAtStart = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('reader:page-drawn-at-start').length);

describe('a PDF opened at its address', () => {
  for (const screen of [
    { name: 'a desktop window', viewport: { width: 1280, height: 860 } },
    { name: 'a phone', viewport: { width: 390, height: 844 } },
  ]) {
    it(`shows the page drawn at start-up on ${screen.name}, then its text layer`, async () => {
      const id = await samplePdf();
      const page = await session.newPage({ viewport: screen.viewport });
      await session.open(`/doc/${id}?page=2`, page);
      const rendered = page.locator('[data-testid="reader-page"][data-rendered="true"]');
      await rendered.waitFor();
      expect(await rendered.getAttribute('data-page-number')).toBe('2');
      expect(await drawnAtStart(page)).toBe(1);
      expect(await canvasHasInk(page)).toBe(true);
      expect(await rendered.locator('.textLayer').textContent()).toMatch(/\w{4,}/);

      // Another page is drawn by the reader itself.
      await page.getByTestId('next-page').click();
      await page.locator('[data-testid="reader-page"][data-page-number="3"]').waitFor();
      await rendered.waitFor();
      expect(await drawnAtStart(page)).toBe(1);
    });
  }

  it('entered from the home screen, shows the page drawn while the screen rendered', async () => {
    const id = await samplePdf();
    const page = session.page;
    await session.open('/', page);
    await page.evaluate((documentId) => {
      window.location.hash = `#/doc/${documentId}`;
    }, id);
    const rendered = page.locator('[data-testid="reader-page"][data-rendered="true"]');
    await rendered.waitFor();
    expect(await drawnAtStart(page)).toBe(1);
    expect(await canvasHasInk(page)).toBe(true);

    // Turning the page is not entering the document again.
    await page.getByTestId('next-page').click();
    await page.locator('[data-testid="reader-page"][data-page-number="2"]').waitFor();
    await rendered.waitFor();
    expect(await drawnAtStart(page)).toBe(1);
  });

  it('an unknown document is said to be not found', async () => {
    const page = session.page;
    await page.goto(`${session.served.url}#/doc/${'0'.repeat(64)}`);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(en.errors.notFound);
  });

  it('a file the server refuses is said so, and the text is shown instead', async () => {
    const id = await samplePdf();
    const page = session.page;
    await page.route(`**/files/${id}`, (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'forbidden', message: 'Not shared with the room.' },
        }),
      }),
    );
    await session.open(`/doc/${id}`, page);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(en.reader.pdfFailed);
    expect(await drawnAtStart(page)).toBe(0);
  });
});
