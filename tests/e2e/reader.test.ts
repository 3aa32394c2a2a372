// Reading: a judge browses a theme and reads the guidelines page by page; a search hit opens the
// reader at its page with the words highlighted in selectable text; documents in Thai, Lao and
// Khmer are drawn with the fonts the app bundles, not whatever the laptop happens to have.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import {
  canvasHasInk,
  currentRoute,
  documentIdByTitle,
  queryHighlights,
  shownPageNumber,
  waitForReaderPage,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('reader');

const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';

/** Letters and digits only, so that text-layer spacing and line breaks do not matter. */
const squeeze = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** The text of the page in the reader's text layer, squeezed. */
async function textLayerText(page: Page): Promise<string> {
  return squeeze(
    (await page.locator('[data-testid="reader-page"] .textLayer').textContent()) ?? '',
  );
}

describe("the judge's path", () => {
  it('browses the theme "victim-sensitive courts", opens the guidelines and reads them page by page', async () => {
    const { page } = session;
    const { portal } = session.served;
    const guidelinesId = await documentIdByTitle(portal, GUIDELINES);
    const pages = await portal.api.getPages(guidelinesId);
    if (!pages.ok) throw new Error(pages.error.message);
    const pageText = (n: number) => squeeze(pages.value.find((p) => p.page === n)?.text ?? '');

    await session.open('/');
    await page
      .getByTestId('theme-facet-theme')
      .getByRole('link', { name: /^Victim-sensitive courts/ })
      .click();
    const themePage = page.locator(
      '[data-testid="theme-page"][data-theme="victim-sensitive-courts"]',
    );
    await themePage.waitFor();
    expect(await page.locator('#page-title').textContent()).toBe('Victim-sensitive courts');
    await themePage
      .getByTestId('document-group-guideline')
      .getByRole('link', { name: GUIDELINES })
      .click();

    await waitForReaderPage(page, 1);
    expect(currentRoute(page)).toBe(`/doc/${guidelinesId}`);
    const total = pages.value.length;
    expect(await page.getByTestId('page-total').textContent()).toBe(`of ${total}`);
    expect(await page.getByTestId('previous-page').isDisabled()).toBe(true);
    expect(await textLayerText(page)).toContain(pageText(1).slice(0, 40));
    await saveScreenshot(page, 'reader-guidelines-page-1');

    const next = page.getByRole('button', { name: 'Next page' });
    const previous = page.getByRole('button', { name: 'Previous page' });
    for (let n = 2; n <= total; n++) {
      await next.click();
      await waitForReaderPage(page, n);
      expect(await shownPageNumber(page)).toBe(String(n));
      expect(currentRoute(page)).toBe(`/doc/${guidelinesId}?page=${n}`);
      expect(await canvasHasInk(page)).toBe(true);
      await expect.poll(() => textLayerText(page)).toContain(pageText(n).slice(0, 40));
    }
    expect(await next.isDisabled(), 'no page after the last').toBe(true);
    await previous.click();
    await waitForReaderPage(page, total - 1);
    expect(await shownPageNumber(page)).toBe(String(total - 1));

    // The arrow keys turn pages too, in the page area.
    await page.getByTestId('reader-viewport').focus();
    await page.keyboard.press('ArrowLeft');
    await waitForReaderPage(page, total - 2);
    await page.keyboard.press('ArrowRight');
    await waitForReaderPage(page, total - 1);
  });
});

describe('the reader opened from a search hit', () => {
  it('opens at the page of the hit, shows its number, and highlights the term in selectable text', async () => {
    const { page } = session;
    const { portal } = session.served;
    const answer = await portal.api.search({ query: 'compensation', limit: 20 });
    if (!answer.ok) throw new Error(answer.error.message);
    const hit = answer.value.hits.find(
      (h) => h.document.format === 'pdf' && (h.pages[0]?.page ?? 1) > 1,
    );
    if (!hit)
      throw new Error(
        'The sample library should hold a PDF whose best page for "compensation" is not its first.',
      );
    const hitPage = hit.pages[0]!.page;

    await session.open('/search?q=compensation');
    await waitForResults(page, 'compensation');
    await page.getByRole('link', { name: hit.document.title, exact: true }).click();

    await waitForReaderPage(page, hitPage);
    expect(currentRoute(page)).toBe(`/doc/${hit.document.id}?page=${hitPage}&q=compensation`);
    expect(await shownPageNumber(page)).toBe(String(hitPage));
    expect(await page.getByTestId('reader-viewport').getAttribute('aria-label')).toMatch(
      new RegExp(`^Page ${hitPage} of ${hit.document.pageCount}\\.`),
    );
    await expect
      .poll(async () => (await queryHighlights(page)).map((t) => t.toLowerCase()))
      .toContain('compensation');
    expect(await page.getByTestId('query-highlight').textContent()).toContain(
      'Highlighting “compensation”',
    );
    // The highlighted word is in view.
    const mark = page.locator('[data-testid="reader-page"] .textLayer mark.hl--query').first();
    expect(await mark.isVisible()).toBe(true);
    await saveScreenshot(page, 'reader-search-hit');

    // The text layer is real text: a triple click selects the line the word is on.
    await mark.click({ clickCount: 3 });
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.toLowerCase()).toContain('compensation');
  });
});

/** Fonts Chromium drew an element's text with, as its developer tools report them. */
async function fontsUsedFor(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

describe('documents in the scripts of the region', () => {
  const DOCUMENTS = [
    {
      script: 'Thai',
      file: 'th-trauma-informed-judging-th',
      font: 'Noto Sans Thai',
      title: 'การพิจารณาคดีค้ามนุษย์โดยคำนึงถึงบาดแผลทางใจ: สรุปสาระสำคัญสำหรับผู้พิพากษา',
    },
    {
      script: 'Lao',
      file: 'la-victim-sensitive-courts-lo',
      font: 'Noto Sans Lao',
      title: 'ແນວທາງສານທີ່ຄຳນຶງເຖິງຜູ້ຖືກເຄາະຮ້າຍ ໃນຄະດີການຄ້າມະນຸດ (ສະຫຼຸບຫຍໍ້)',
    },
    {
      script: 'Khmer',
      file: 'kh-victim-protection-standards-km',
      font: 'Noto Sans Khmer',
      title: 'ស្តង់ដារអប្បបរមាសម្រាប់ការការពារជនរងគ្រោះពីការជួញដូរមនុស្ស៖ សេចក្តីសង្ខេបសម្រាប់មន្ត្រីជួរមុខ',
    },
  ];

  for (const doc of DOCUMENTS) {
    it(`draws a ${doc.script} document's page with the bundled ${doc.font}`, async () => {
      const { page } = session;
      const id = await documentIdByTitle(session.served.portal, doc.title);
      const fontRequests: string[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
      });
      await session.open(`/doc/${id}`);
      await waitForReaderPage(page, 1);
      expect(await page.locator('#page-title').textContent()).toBe(doc.title);
      await page.evaluate(() => document.fonts.ready);

      const fonts = await fontsUsedFor(page, '#page-title');
      const main = fonts.toSorted((a, b) => b.glyphCount - a.glyphCount)[0];
      // The name is the face's own ("Noto Sans Lao SemiBold"); a custom font is a web font.
      expect(main?.familyName, JSON.stringify(fonts)).toMatch(new RegExp(`^${doc.font}\\b`));
      expect(main?.isCustomFont, 'drawn with the bundled web font, not a system font').toBe(true);
      const slug = doc.font.toLowerCase().replaceAll(' ', '-');
      expect(fontRequests.some((path) => path.includes(`/assets/${slug}-`))).toBe(true);
      expect(await canvasHasInk(page)).toBe(true);
      await saveScreenshot(page, `document-${doc.script.toLowerCase()}`);
    });
  }
});

describe('fonts', () => {
  it('an English document in the reader fetches only the Latin font files', async () => {
    const { page } = session;
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    const guidelinesId = await documentIdByTitle(session.served.portal, GUIDELINES);
    await session.open(`/doc/${guidelinesId}`);
    await waitForReaderPage(page, 1);
    await page.evaluate(() => document.fonts.ready);
    // A character the Latin files lack sends the browser through every bundled script font. The
    // text layer stands in Noto Serif for serif runs, in its Latin files too.
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((path) => !/\/noto-(sans|serif)-latin-/.test(path))).toEqual([]);
  });
});
