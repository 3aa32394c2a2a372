// A prosecutor on a court laptop with no connection: searches as she types, narrows to her
// country, opens the report at the page of the hit with the words highlighted, bookmarks it and
// goes back to her results. Then the same search by keyboard alone, and a search that the filters
// leave empty.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import {
  canvasHasInk,
  currentRoute,
  documentIdByTitle,
  engineTitles,
  focusedElement,
  queryHighlights,
  resultTitles,
  shownPageNumber,
  waitForReaderPage,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('prosecutor');

const QUERY = 'digital evidence';
const WORKSHOP_REPORT =
  'Digital Evidence in Trafficking in Persons Cases: Report of the First National Workshop (Lao PDR)';

describe("the prosecutor's path", () => {
  it('searches as she types, narrows to Lao PDR, opens the report at the hit page highlighted, bookmarks it and goes back to the filtered results', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/');
    expect(await focusedElement(page), 'the search box waits for "/"').not.toBe('search-input');
    await saveScreenshot(page, 'home', { fullPage: true });

    // Results follow the typing, with no Enter pressed (the word being typed is a prefix).
    await page.keyboard.press('/');
    await page.keyboard.type('digital', { delay: 30 });
    await waitForResults(page, 'digital');
    expect(await resultTitles(page)).toEqual(
      await engineTitles(portal, { query: 'digital', typing: true }),
    );
    await page.keyboard.type(' evidence', { delay: 30 });
    await waitForResults(page, QUERY);
    expect(currentRoute(page)).toBe(`/search?q=${QUERY}`);
    expect(await resultTitles(page)).toEqual(
      await engineTitles(portal, { query: QUERY, typing: true }),
    );

    // Narrow by the country facet.
    const laoInLao = await engineTitles(portal, {
      query: QUERY,
      typing: true,
      filters: { countries: ['LA'] },
    });
    expect(laoInLao).toContain(WORKSHOP_REPORT);
    // The box follows the address the click leads to, so it is checked once the search has moved.
    const lao = page
      .getByRole('group', { name: 'Country' })
      .getByRole('checkbox', { name: /^Lao PDR/ });
    await lao.click();
    await expect.poll(() => lao.isChecked()).toBe(true);
    await expect.poll(() => resultTitles(page)).toEqual(laoInLao);
    expect(currentRoute(page)).toBe(`/search?q=${QUERY}&country=LA`);
    await expect.poll(() => page.getByTestId('active-filters').textContent()).toContain('Lao PDR');
    await saveScreenshot(page, 'search-results');

    // Open the report at its last hit page listed; the reader opens there, terms highlighted (the
    // word still being typed as the prefix it was searched as).
    const report = page.getByTestId('result-item').filter({ hasText: WORKSHOP_REPORT });
    const pageLinks = report.getByTestId('result-page-link');
    const hitPages = (await pageLinks.evaluateAll((links) => links.map((a) => a.dataset.page))).map(
      Number,
    );
    const hitPage = Math.max(...hitPages);
    expect(hitPage).toBeGreaterThan(1);
    await pageLinks.and(page.locator(`[data-page="${hitPage}"]`)).click();
    await waitForReaderPage(page, hitPage);
    const reportId = await documentIdByTitle(portal, WORKSHOP_REPORT);
    expect(currentRoute(page)).toBe(`/doc/${reportId}?page=${hitPage}&q=${QUERY}*`);
    expect(await shownPageNumber(page)).toBe(String(hitPage));
    expect(await canvasHasInk(page)).toBe(true);
    await expect.poll(() => queryHighlights(page)).toContain('digital');

    // Page 4 holds the words once more; the highlight bar leads there.
    await page
      .getByTestId('query-highlight')
      .getByRole('button', { name: /^Go to page 4 / })
      .click();
    await waitForReaderPage(page, 4);
    expect(await shownPageNumber(page)).toBe('4');
    await expect
      .poll(async () => (await queryHighlights(page)).join(' ').toLowerCase())
      .toMatch(/digital|evidence/);
    await saveScreenshot(page, 'reader-hit-page');

    // Bookmark page 4: written to the user database through the API.
    const bookmark = page.getByRole('button', { name: 'Bookmark page 4' });
    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');
    const saved = await portal.api.listBookmarks(reportId);
    expect(saved.ok && saved.value.map((b) => b.page)).toEqual([4]);

    // Back to the results, still narrowed to Lao PDR.
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('button', { name: 'Back' })
      .click();
    await waitForResults(page, QUERY);
    expect(currentRoute(page)).toBe(`/search?q=${QUERY}&country=LA`);
    expect(await resultTitles(page)).toEqual(laoInLao);
    expect(
      await page
        .getByRole('group', { name: 'Country' })
        .getByRole('checkbox', { name: /^Lao PDR/ })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByTestId('search-input').inputValue()).toBe(QUERY);
  });
});

/** Which result link has focus: its document and its position in the list. */
function focusedResult(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active?.hasAttribute('data-result-link')) return null;
    const item = active.closest<HTMLElement>('[data-testid="result-item"]');
    return { documentId: item?.dataset.documentId, position: Number(active.dataset.position) };
  });
}

describe('search by keyboard alone', () => {
  it('"/" focuses the search box from any screen, arrows move through the results, Enter opens one', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/country/VN');
    expect(await focusedElement(page)).not.toBe('search-input');

    await page.keyboard.press('/');
    expect(await focusedElement(page)).toBe('search-input');
    await page.keyboard.type('victim-sensitive', { delay: 20 });
    await waitForResults(page, 'victim-sensitive');
    const answer = await portal.api.search({ query: 'victim-sensitive', typing: true, limit: 20 });
    if (!answer.ok) throw new Error(answer.error.message);
    const [first, second] = answer.value.hits;
    if (!first || !second)
      throw new Error('The sample library should hold two victim-sensitive documents.');

    await page.keyboard.press('ArrowDown');
    expect(await focusedResult(page)).toEqual({ documentId: first.document.id, position: 1 });
    await page.keyboard.press('ArrowDown');
    expect(await focusedResult(page)).toEqual({ documentId: second.document.id, position: 2 });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedElement(page), 'up from the first result returns to the box').toBe(
      'search-input',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // The first answer is the HTML self-assessment tool: rendered, with the words highlighted.
    await page
      .locator(`[data-testid="document-page"][data-document-id="${first.document.id}"]`)
      .waitFor();
    expect(currentRoute(page)).toBe(
      `/doc/${first.document.id}?page=${first.pages[0]?.page ?? 1}&q=victim-sensitive*`,
    );
    expect(await page.locator('#page-title').textContent()).toBe(first.document.title);
    await expect
      .poll(() =>
        page.locator('[data-testid="markup-reader"] mark.hl--query').first().textContent(),
      )
      .toMatch(/^victim-sensitive$/i);
  });

  it('Ctrl+K focuses the search box over a document, and Enter moves from the box to the results', async () => {
    const { page } = session;
    const { portal } = session.served;
    const report = await documentIdByTitle(portal, WORKSHOP_REPORT);
    await session.open(`/doc/${report}`);
    await waitForReaderPage(page, 1);

    await page.keyboard.press('Control+k');
    expect(await focusedElement(page)).toBe('search-input');
    await page.keyboard.type('mutual legal assistance', { delay: 20 });
    await waitForResults(page, 'mutual legal assistance');
    const titles = await engineTitles(portal, { query: 'mutual legal assistance' });
    expect(await resultTitles(page)).toEqual(titles);

    await page.keyboard.press('Enter');
    expect((await focusedResult(page))?.position).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#page-title').textContent()).toBe(titles[0]);
  });
});

describe('a search the filters leave empty', () => {
  it('says so and lists each filter with a button that removes it', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open(`/search?q=${encodeURIComponent(QUERY)}&country=BN&type=handbook`);
    const noResults = page.getByTestId('no-results');
    await noResults.waitFor();
    expect(await noResults.getByRole('heading').textContent()).toBe(
      `No documents match “${QUERY}”`,
    );
    const total = await portal.api.search({ query: QUERY, limit: 1 });
    if (!total.ok) throw new Error(total.error.message);
    await expect
      .poll(() => noResults.getByTestId('without-filters').textContent())
      .toBe(`Without the filters, ${total.value.total} documents match.`);
    expect(await noResults.getByRole('button').allTextContents()).toEqual([
      'Remove filter Country: Brunei Darussalam',
      'Remove filter Document type: Handbook',
      'Remove all filters',
    ]);
    await saveScreenshot(page, 'search-no-results');

    await noResults
      .getByRole('button', { name: 'Remove filter Country: Brunei Darussalam' })
      .click();
    const handbooks = await engineTitles(portal, {
      query: QUERY,
      filters: { types: ['handbook'] },
    });
    expect(handbooks.length).toBeGreaterThan(0);
    await expect.poll(() => resultTitles(page)).toEqual(handbooks);
    expect(currentRoute(page)).toBe(`/search?q=${QUERY}&type=handbook`);
  });
});
