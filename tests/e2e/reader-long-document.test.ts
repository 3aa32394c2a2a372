// A long document read as text: its pages come in windows, the page asked for first, so a late
// page shows without the whole document's text; find still counts every page once they have come.
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { href } from '#renderer/router/routes.ts';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';
import { textRecord } from '../helpers/document-records.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { openOfflinePage } from './support/browser.ts';

const ID = 'd'.repeat(64);
const PAGES = 450;
/** A word on two pages only, far apart: find must count both. */
const RARE = 'mekong';
const RARE_PAGES = [3, 430];

let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  const work = tempFolderFor('e2e-long-document');
  const db = openLibraryDb(join(work, 'library.sqlite'));
  const pages = Array.from(
    { length: PAGES },
    (_, i) =>
      `Page ${i + 1} of the handbook on victim protection.` +
      (RARE_PAGES.includes(i + 1) ? ` The ${RARE} crossing.` : ''),
  );
  const record = textRecord(ID, pages, { title: 'Long handbook' });
  db.transaction(() =>
    insertDocument(db, { ...record, path: null, entryKey: 'long-handbook' }, 'now'),
  )();
  db.close();
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
  });
  [server, browser] = await Promise.all([
    ensureRendererBuilt().then((staticDir) =>
      startServer({ portal: portal!, staticDir, libraryDir: null }),
    ),
    launchHeadlessChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

/** The windows of pages the interface asked for, as [from, count]. */
function pageWindows(requests: Request[]): [number, number][] {
  return requests
    .filter((r) => r.url().endsWith('/api/getPages'))
    .map((r) => {
      const [argument] = (JSON.parse(r.postData() ?? '{}') as { args: unknown[] }).args;
      if (typeof argument === 'string') return [1, PAGES];
      const { from, count } = argument as { from: number; count: number };
      return [from, count];
    });
}

describe('a long document read as text', () => {
  it('opens at a late page, its window first, then finds a word on early and late pages', async () => {
    const { page, context } = await openOfflinePage(browser!);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(`${server!.url}${href.document(ID, 430)}`);

    const late = page.locator('[data-page-number="430"] .text-page__text');
    await late.waitFor();
    expect(await late.textContent()).toContain(`Page 430 of the handbook`);
    await expect.poll(() => late.isVisible()).toBe(true);
    const box = await late.boundingBox();
    expect(box && box.y < 860 && box.y + box.height > 0).toBe(true);
    expect(pageWindows(requests)[0]).toEqual([401, 200]);

    await page.getByTestId('find-input').fill(RARE);
    await expect
      .poll(() => page.getByTestId('find-status').textContent(), { timeout: 15_000 })
      .toMatch(/2 matches/);
    expect(await page.locator('[data-page-number="3"] mark').count()).toBe(1);
    expect(await page.locator('[data-page-number="430"] mark').count()).toBe(1);
    expect(pageWindows(requests).sort((a, b) => a[0] - b[0])).toEqual([
      [1, 200],
      [201, 200],
      [401, 200],
    ]);
    await context.close();
  }, 60_000);
});
