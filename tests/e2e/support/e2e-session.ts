// One test file's world: the sample portal served on a free port, one Chromium, and for each test
// a fresh offline page. After each test, the page must have asked nothing of the network and
// thrown nothing.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { openOfflinePage } from './browser.ts';
import type { OfflinePage } from './browser.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';
import { startSamplePortal } from '#scripts/portal-ui/sample-portal.ts';
import type { ClassroomOptions, SamplePortal } from '#scripts/portal-ui/sample-portal.ts';
import type { BrowserContextOptions } from 'playwright-core';

export interface E2eSession {
  readonly served: SamplePortal;
  readonly browser: Browser;
  /** This test's page. */
  readonly page: Page;
  /** Opens a screen of the interface by its hash route ("/search?q=..."), waiting for the app. */
  open(route?: string, page?: Page): Promise<void>;
  /** Another offline page in its own profile, checked like the test's own (a phone's, say). */
  newPage(device?: BrowserContextOptions): Promise<Page>;
}

export function useE2eSession(name: string, classroom: ClassroomOptions = {}): E2eSession {
  let dataDir = '';
  let served: SamplePortal | null = null;
  let browser: Browser | null = null;
  let pages: OfflinePage[] = [];

  beforeAll(async () => {
    const staticDir = await ensureRendererBuilt();
    dataDir = realpathSync(mkdtempSync(join(tmpdir(), `portal-e2e-${name}-`)));
    [served, browser] = await Promise.all([
      startSamplePortal(dataDir, staticDir, classroom),
      launchHeadlessChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const newPage = async (device?: BrowserContextOptions) => {
    if (!browser) throw new Error('The browser is not running: did beforeAll fail?');
    const opened = await openOfflinePage(browser, device);
    pages.push(opened);
    return opened.page;
  };

  beforeEach(async () => {
    await newPage();
  });

  afterEach(async () => {
    const checked = pages;
    pages = [];
    await Promise.all(checked.map((p) => p.context.close()));
    expect(
      checked.flatMap((p) => p.offsiteRequests),
      'requests that left this machine',
    ).toEqual([]);
    expect(
      checked.flatMap((p) => p.pageErrors),
      'uncaught errors in the page',
    ).toEqual([]);
  });

  const servedPortal = () => {
    if (!served) throw new Error('The portal is not being served: did beforeAll fail?');
    return served;
  };
  const currentPage = () => {
    const first = pages[0];
    if (!first) throw new Error('No page is open outside a test.');
    return first.page;
  };

  return {
    get served() {
      return servedPortal();
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running: did beforeAll fail?');
      return browser;
    },
    get page() {
      return currentPage();
    },
    async open(route = '/', page = currentPage()) {
      await page.goto(`${servedPortal().url}#${route}`);
      // The shell renders a screen once the taxonomy has loaded; every screen has its heading.
      await page.locator('#page-title').waitFor();
    },
    newPage,
  };
}
