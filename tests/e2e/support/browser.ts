// Debian's Chromium driven by playwright-core, cut off from everything but this machine: any
// request to another host is refused and recorded, so a test can show the interface never
// reaches for the network (no remote fonts, scripts or images).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { REPO_ROOT } from '#scripts/portal-ui/renderer-build.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests', 'e2e', 'screenshots');
const LOCAL_HOST = '127.0.0.1';

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Requests to any host but this machine, refused. */
  offsiteRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
}

/** A fresh browser profile (no storage shared with other pages), desktop-sized unless told. */
export async function openOfflinePage(
  browser: Browser,
  device: BrowserContextOptions = {},
): Promise<OfflinePage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    serviceWorkers: 'block',
    ...device,
  });
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === LOCAL_HOST) return route.continue();
    offsiteRequests.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  return { context, page, offsiteRequests, pageErrors };
}

/**
 * Saves what the window shows as tests/e2e/screenshots/<name>.png, or the whole page (long screens
 * that do not scroll inside themselves, since a full-page capture repeats the sticky header).
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}
