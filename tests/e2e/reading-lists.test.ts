// A trainer makes a reading list for a course from search results and a page of a document,
// orders it, writes notes, shares it with the room and opens its handout; a classroom visitor
// then reads the shared list, read-only, and its handout, and downloads it as one zip.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import { citedPage, formatCitation } from '#shared/citation.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';
import { SAMPLE_LIBRARY } from '#scripts/portal-ui/sample-portal.ts';
import {
  documentIdByTitle,
  waitForReaderPage,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('reading-lists');

const LIST = 'Evidence module, day 2';
const QUERY = 'digital evidence';
const WORKSHOP_REPORT =
  'Digital Evidence in Trafficking in Persons Cases: Report of the First National Workshop (Lao PDR)';
const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';
const ITEM_NOTE = 'Closed hearings for child victims: read before the moot court.';
const LIST_NOTE = 'Read both before Tuesday; bring your questions.';

/** The list as the engine keeps it: each item's document title, page and note, in order. */
function storedList(portal: Portal) {
  const [summary] = portal.readingLists.lists();
  if (!summary) return null;
  const list = portal.readingLists.readingList(summary.id);
  return {
    name: list.name,
    note: list.note,
    shared: list.shared,
    items: list.items.map((i) => ({ title: i.document?.title, page: i.page, note: i.note })),
  };
}

async function citation(portal: Portal, title: string, page: number | null): Promise<string> {
  const detail = await portal.api.getDocument(await documentIdByTitle(portal, title));
  if (!detail.ok) throw new Error(detail.error.message);
  return formatCitation(detail.value, citedPage(page, detail.value.pageLabels));
}

const itemPages = (page: Page) =>
  page
    .getByTestId('reading-list-item')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.page));

describe('a reading list for a course', () => {
  it('is made from search results and a document page, ordered, annotated, printed and shared read-only with the room', async () => {
    const { page } = session;
    const { portal } = session.served;

    // From search results: the workshop report, into a new list.
    await session.open(`/search?q=${QUERY}`);
    await waitForResults(page, QUERY);
    const report = page.getByTestId('result-item').filter({ hasText: WORKSHOP_REPORT });
    await report.getByRole('button', { name: 'Add to reading list' }).click();
    const panel = report.getByRole('group', { name: 'Reading lists' });
    await panel.getByRole('textbox', { name: 'Or a new list named' }).fill(LIST);
    await panel.getByRole('button', { name: 'Create and add' }).click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(`Added to “${LIST}”`);
    expect(await panel.isVisible()).toBe(false);

    // From a document: page 3 of the court guidelines, into the same list.
    const guidelinesId = await documentIdByTitle(portal, GUIDELINES);
    await session.open(`/doc/${guidelinesId}?page=3`);
    await waitForReaderPage(page, 3);
    await page.getByRole('button', { name: 'Add page 3 to reading list' }).click();
    await page.getByRole('button', { name: `Add to “${LIST}”` }).click();
    await expect
      .poll(() => storedList(portal)?.items)
      .toEqual([
        { title: WORKSHOP_REPORT, page: null, note: '' },
        { title: GUIDELINES, page: 3, note: '' },
      ]);

    // The list's page: move the guidelines up, by keyboard, keeping focus on the moved item.
    await session.open('/lists');
    await page.getByRole('link', { name: LIST }).click();
    await page.getByTestId('reading-list-items').waitFor();
    expect(await itemPages(page)).toEqual(['', '3']);
    await page.getByRole('button', { name: `Move up: ${GUIDELINES}, Page 3` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => itemPages(page)).toEqual(['3', '']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Move down: ${GUIDELINES}, Page 3`);

    // Notes: one on the item, one on the list; then share it with the room.
    const guidelines = page.getByTestId('reading-list-item').filter({ hasText: GUIDELINES });
    await guidelines
      .getByRole('textbox', { name: `Note on ${GUIDELINES}, Page 3` })
      .fill(ITEM_NOTE);
    await guidelines.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Name and note', { exact: true }).click();
    await page
      .getByRole('textbox', { name: 'Note on the list (printed on top of the handout)' })
      .fill(LIST_NOTE);
    await page.getByTestId('reading-list-details').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('checkbox', { name: /^Shared with the room/ }).check();
    await expect
      .poll(() => storedList(portal))
      .toEqual({
        name: LIST,
        note: LIST_NOTE,
        shared: true,
        items: [
          { title: GUIDELINES, page: 3, note: ITEM_NOTE },
          { title: WORKSHOP_REPORT, page: null, note: '' },
        ],
      });
    await saveScreenshot(page, 'reading-list', { fullPage: true });

    // The handout: the list's note on top, each item with its citation (and page) and note.
    const citations = [
      await citation(portal, GUIDELINES, 3),
      await citation(portal, WORKSHOP_REPORT, null),
    ];
    expect(citations[0]).toMatch(/, p\. 3$/);
    await page.getByRole('link', { name: 'Open handout' }).click();
    await page.getByTestId('handout').waitFor();
    expect(await page.getByTestId('handout-note').textContent()).toBe(LIST_NOTE);
    expect(await page.getByTestId('handout-citation').allTextContents()).toEqual(citations);
    expect(await page.getByTestId('handout-item').first().textContent()).toContain(ITEM_NOTE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
    expect(await page.getByTestId('handout-citation').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'reading-list-handout', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Settings: the list is among those shared with the room; the interface language changes.
    await session.open('/settings');
    const sharing = page.getByTestId('shared-lists-setting');
    expect(await sharing.getByRole('checkbox', { name: LIST }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await expect.poll(() => page.locator('#page-title').textContent()).toBe('Cài đặt');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.locator('#page-title').textContent()).toBe('Settings');

    // A classroom visitor: the shared list, read-only, and its handout; no list to add to.
    const visitors = await startServer({
      portal,
      port: 0,
      staticDir: await ensureRendererBuilt(),
      libraryDir: SAMPLE_LIBRARY,
      isThisComputer: () => false,
    });
    try {
      const visitor = await session.newPage();
      await visitor.goto(`${visitors.url}#/lists`);
      await visitor.getByTestId('reading-lists').waitFor();
      expect(await visitor.getByRole('form').count()).toBe(0);
      await visitor.getByRole('link', { name: LIST }).click();
      await visitor.getByTestId('reading-list-items').waitFor();
      expect(
        await visitor.getByText('Shared by the trainer. This list is read-only.').count(),
      ).toBe(1);
      expect(await itemPages(visitor)).toEqual(['3', '']);
      expect(await visitor.getByTestId('reading-list-note').textContent()).toBe(LIST_NOTE);
      expect(await visitor.getByText(ITEM_NOTE).count()).toBe(1);
      expect(await visitor.getByRole('textbox').count()).toBe(0);
      expect(await visitor.getByRole('button', { name: /^(Move|Remove|Delete)/ }).count()).toBe(0);
      expect(await visitor.getByRole('checkbox').count()).toBe(0);
      await saveScreenshot(visitor, 'reading-list-visitor', { fullPage: true });
      const download = visitor.getByRole('link', { name: 'Download all (zip)' });
      const zip = await visitor.request.get((await download.getAttribute('href')) ?? '');
      expect(zip.status()).toBe(200);
      expect(zip.headers()['content-type']).toBe('application/zip');

      await visitor.getByRole('link', { name: 'Open handout' }).click();
      await visitor.getByTestId('handout').waitFor();
      expect(await visitor.getByTestId('handout-citation').allTextContents()).toEqual(citations);

      await visitor.goto(`${visitors.url}#/search?q=${encodeURIComponent(QUERY)}`);
      await waitForResults(visitor, QUERY);
      expect(await visitor.getByTestId('add-to-list').count()).toBe(0);
    } finally {
      await visitors.close();
    }
  });
});
