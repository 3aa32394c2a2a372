// In the desktop app, Ctrl+F and the menu's Edit › Find put the cursor in the reader's own find
// bar rather than the browser's find, and the application menu is told the interface language at
// start and whenever the reader changes it. The app runs on its desktop front door, with the menu
// played by the bridge.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { href } from '#renderer/router/routes.ts';
import { openMarkedLibrary } from '../helpers/marked-library.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { openOfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import type { DesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let guide: DocumentSummary;

beforeAll(async () => {
  const work = tempFolderFor('e2e-find-and-menu');
  const marked = await openMarkedLibrary(work);
  ({ portal, guide } = marked);
  ({ server, browser } = await serveDesktopLibrary(portal, join(work, 'library')));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

async function openReader(): Promise<{ page: Page; bridge: DesktopBridge }> {
  const { page } = await openOfflinePage(browser!);
  const bridge = await installDesktopBridge(page, portal!.api);
  await page.goto(`${server!.url}${href.document(guide.id)}`);
  await page.getByTestId('find-input').waitFor();
  return { page, bridge };
}

const findHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'find-input');

describe('find in the document', () => {
  it("Ctrl+F puts the cursor in the reader's find bar and finds there", async () => {
    const { page } = await openReader();
    await page.locator('#page-title').click();
    expect(await findHasFocus(page)).toBe(false);
    await page.keyboard.press('Control+f');
    await expect.poll(() => findHasFocus(page)).toBe(true);
    await page.keyboard.type('witnesses');
    await expect.poll(() => page.getByTestId('find-status').textContent()).toMatch(/1 match/);
    await page.close();
  });

  it("the menu's Edit › Find does the same", async () => {
    const { page, bridge } = await openReader();
    expect(await findHasFocus(page)).toBe(false);
    await bridge.chooseMenuFind();
    await expect.poll(() => findHasFocus(page)).toBe(true);
    await page.close();
  });
});

describe('the menu in the interface language', () => {
  it('is told the language at start and when the reader changes it', async () => {
    const { page, bridge } = await openReader();
    await expect.poll(() => bridge.menuLanguages).toEqual(['en']);
    await page.getByTestId('language-menu').click();
    await page.locator('[data-language="ms"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ms');
    await expect.poll(() => bridge.menuLanguages).toEqual(['en', 'ms']);
    await page.close();
  });
});
