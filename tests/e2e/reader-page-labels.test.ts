// A reader of a report whose pages are printed i, ii, 1, 2, 3, A-1 sees the printed number in the
// page box with the page's place in the document beside it, and goes to a page by typing what is
// printed on it. The report is indexed into a library folder of the test's own.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { documentIdByTitle, waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import type { OfflinePage } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const REPORT = 'Report with Printed Page Numbers';
const FIXTURE = resolve(import.meta.dirname, '../fixtures/pdf/page-labels.pdf');

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-page-labels-')));
  const library = join(work, 'library');
  mkdirSync(library);
  copyFileSync(FIXTURE, join(library, 'report.pdf'));
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library);
  ({ server, browser } = await serveDesktopLibrary(portal, library));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageBox = (page: Page) => page.getByTestId('page-input');

async function typeInPageBox(page: Page, entry: string) {
  await pageBox(page).fill(entry);
  await pageBox(page).press('Enter');
}

describe('the page box of a PDF with printed page numbers', () => {
  it('shows the printed number and goes to the page whose printed number is typed', async () => {
    const opened: OfflinePage = await openOfflinePage(browser!, {
      viewport: { width: 1280, height: 720 },
    });
    const { page } = opened;
    const id = await documentIdByTitle(portal!, REPORT);
    await page.goto(`${server!.url}#/doc/${id}`);
    await waitForReaderPage(page, 1);
    expect(await pageBox(page).inputValue()).toBe('i');
    expect(await page.getByTestId('page-total').textContent()).toBe('(1 / 6)');
    expect(await page.getByLabel('Page number as printed').count()).toBe(1);

    await typeInPageBox(page, 'A-1');
    await waitForReaderPage(page, 6);
    expect(await pageBox(page).inputValue()).toBe('A-1');
    expect(await page.getByTestId('page-total').textContent()).toBe('(6 / 6)');

    // "3" is the page printed 3, the fifth; "ii" the second.
    await typeInPageBox(page, '3');
    await waitForReaderPage(page, 5);
    expect(await pageBox(page).inputValue()).toBe('3');
    await typeInPageBox(page, 'II');
    await waitForReaderPage(page, 2);
    expect(await pageBox(page).inputValue()).toBe('ii');

    // A number no page carries stays where it is and says so.
    await typeInPageBox(page, 'xiv');
    await expect.poll(() => page.getByText('No page is numbered “xiv”.').count()).toBe(1);
    expect(await pageBox(page).inputValue()).toBe('ii');
    expect(await page.locator('[data-testid="reader-page"]').getAttribute('data-page-number')).toBe(
      '2',
    );

    await page.getByTestId('next-page').click();
    await waitForReaderPage(page, 3);
    expect(await pageBox(page).inputValue()).toBe('1');
    expect(await page.getByTestId('page-total').textContent()).toBe('(3 / 6)');

    // The box and the place beside it fit the toolbar of a 1280×720 window, nothing cut off.
    const fits = await page.evaluate(() => {
      const toolbar = document.querySelector('.reader-toolbar')!;
      const input = document.querySelector<HTMLInputElement>('[data-testid="page-input"]')!;
      const total = document.querySelector('[data-testid="page-total"]')!.getBoundingClientRect();
      const group = input.closest('.reader-toolbar__group')!.getBoundingClientRect();
      return {
        toolbar: toolbar.scrollWidth <= toolbar.clientWidth,
        input: input.scrollWidth <= input.clientWidth,
        total: total.right <= group.right && total.left >= group.left,
      };
    });
    expect(fits).toEqual({ toolbar: true, input: true, total: true });
    await saveScreenshot(page, 'reader-page-labels');

    await opened.context.close();
    expect(opened.offsiteRequests, 'requests that left this machine').toEqual([]);
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('names the page by its printed number when bookmarking it or adding it to a reading list', async () => {
    const opened = await openOfflinePage(browser!, { viewport: { width: 1280, height: 720 } });
    const { page } = opened;
    const id = await documentIdByTitle(portal!, REPORT);
    // The fifth page is printed 3.
    await page.goto(`${server!.url}#/doc/${id}?page=5`);
    await waitForReaderPage(page, 5);
    const bookmark = page.getByTestId('bookmark-button');
    await expect.poll(() => bookmark.textContent()).toContain('Bookmark page 3');
    expect(await bookmark.getAttribute('data-page')).toBe('5');
    expect(await page.getByRole('button', { name: /Add page 3 to reading list/ }).count()).toBe(1);

    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.document-notes > summary').click();
    await expect.poll(() => page.getByTestId('notes-panel').textContent()).toContain('Page 3');
    const saved = await portal!.api.listBookmarks(id);
    expect(saved.ok && saved.value.map((b) => b.page)).toEqual([5]);

    await opened.context.close();
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
