// Bookmarks and notes live in the user database on the trainer's laptop: one made in the browser
// is still there, note and all, after the server is stopped and started again, for a browser that
// has kept nothing of its own.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import {
  currentRoute,
  documentIdByTitle,
  shownPageNumber,
  waitForReaderPage,
} from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('bookmarks');

const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';
const NOTE = 'Closed hearing for child victims: cite in the Savannakhet appeal.';

describe('a bookmark with a note', () => {
  it('survives a restart of the server', async () => {
    const { page } = session;
    const id = await documentIdByTitle(session.served.portal, GUIDELINES);

    await session.open(`/doc/${id}?page=3`);
    await waitForReaderPage(page, 3);
    const bookmark = page.getByRole('button', { name: 'Bookmark page 3' });
    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');

    await page.getByText('Bookmarks and notes (1)', { exact: true }).click();
    const notes = page.getByTestId('notes-panel');
    await notes.getByRole('textbox', { name: 'Note on Page 3' }).fill(NOTE);
    await notes.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => {
        const saved = await session.served.portal.api.listBookmarks(id);
        return saved.ok ? saved.value.map((b) => ({ page: b.page, note: b.note })) : saved.error;
      })
      .toEqual([{ page: 3, note: NOTE }]);

    await session.served.restart();

    // A new browser profile: nothing kept in the browser, all of it from the server.
    const later = await session.newPage();
    await session.open('/bookmarks', later);
    const list = later.getByTestId('bookmark-list');
    await list.waitFor();
    expect(await later.getByTestId('bookmark-count').textContent()).toBe('1 bookmark');
    expect(await list.getByRole('heading', { level: 2 }).textContent()).toBe(GUIDELINES);
    const item = list.getByTestId('bookmark-item');
    expect(await item.getAttribute('data-page')).toBe('3');
    expect(await item.getByRole('textbox', { name: 'Note on Page 3' }).inputValue()).toBe(NOTE);
    await saveScreenshot(later, 'bookmarks');

    await item.getByRole('link', { name: 'Page 3' }).click();
    await waitForReaderPage(later, 3);
    expect(currentRoute(later)).toBe(`/doc/${id}?page=3`);
    expect(await shownPageNumber(later)).toBe('3');
    expect(
      await later.getByRole('button', { name: 'Bookmark page 3' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
