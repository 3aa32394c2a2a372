// A hit opened on a laptop's small screen (1366 × 768, 1280 × 720) in English, Vietnamese and Lao:
// the header's navigation wraps to a second row there, and the reader, brought into view at the
// hit, still shows its whole toolbar (page number, zoom, find) below the header, the page's
// viewport inside the window, and the highlighted words in view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { queryHighlights, waitForResults } from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('reader-small-screens');

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
const LANGUAGES = [
  { locale: 'en-GB', lang: 'en', query: 'digital evidence' },
  { locale: 'vi-VN', lang: 'vi', query: 'tương trợ tư pháp' },
  { locale: 'lo-LA', lang: 'lo', query: 'digital evidence' },
];

async function openFirstHit(page: Page, query: string): Promise<void> {
  await session.open(`/search?q=${encodeURIComponent(query)}`, page);
  await waitForResults(page, query);
  await page.getByTestId('result-page-link').first().click();
  await page.locator('[data-testid="reader-page"][data-rendered="true"]').waitFor();
  await expect.poll(() => queryHighlights(page)).not.toEqual([]);
}

/** Where the header, the reader's parts and the first highlight are in the window. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { top: Math.round(rect.top), bottom: Math.round(rect.bottom) } : null;
    };
    return {
      header: box('.app-header'),
      toolbar: box('[data-testid="pdf-reader"] .reader-toolbar'),
      viewport: box('[data-testid="reader-viewport"]'),
      highlight: box('[data-testid="reader-page"] .textLayer mark.hl--query'),
      window: window.innerHeight,
    };
  });
}

describe('the reader on a small screen', () => {
  for (const screen of SCREENS) {
    for (const { locale, lang, query } of LANGUAGES) {
      it(`shows its toolbar, page and hit at ${screen.width} × ${screen.height} in ${lang}`, async () => {
        const page = await session.newPage({ viewport: screen, locale });
        await openFirstHit(page, query);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // The reader scrolls into view once the document is open; the hit is then revealed.
        await expect.poll(() => layout(page).then((l) => l.toolbar?.top)).toBeGreaterThan(0);
        await page.waitForTimeout(300);
        const { header, toolbar, viewport, highlight, window } = await layout(page);
        if (!header || !toolbar || !viewport || !highlight)
          throw new Error('The reader is missing');
        const where = JSON.stringify({ header, toolbar, viewport, highlight, window });
        expect(toolbar.top, `the toolbar is below the header: ${where}`).toBeGreaterThanOrEqual(
          header.bottom,
        );
        expect(viewport.bottom, `the viewport ends in the window: ${where}`).toBeLessThanOrEqual(
          window,
        );
        expect(highlight.top, `the hit is in the viewport: ${where}`).toBeGreaterThanOrEqual(
          viewport.top,
        );
        expect(highlight.bottom, where).toBeLessThanOrEqual(viewport.bottom);
        if (screen.width === 1366) await saveScreenshot(page, `reader-hit-1366x768-${lang}`);
      });
    }
  }
});
