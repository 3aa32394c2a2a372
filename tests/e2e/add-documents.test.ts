// A trainer adds a folder of workshop material in the desktop app, fills in a document's details,
// and finds it by its new title. The app runs on its desktop front door (window.portal, as the
// preload gives it) over a library folder of the test's own, since adding writes to it.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { writeFiles } from '../helpers/temp-folder.ts';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import type { OfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  const staticDir = await ensureRendererBuilt();
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-add-')));
  const library = join(work, 'library');
  writeFiles(library, {
    'guides/existing.md': '# Existing guide\n\nReferral of victims to shelters.',
  });
  writeFiles(work, {
    'Workshop/day-1.md': '# Day one notes\n\nInterviewing child victims with a social worker.',
    'Workshop/handouts/day-2.html':
      '<html><head><title>Handout</title></head><body><h1>Handout two</h1><p>Chain of custody for seized phones.</p></body></html>',
    'Workshop/budget.xlsx': 'not a document',
  });
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library);
  const engine = portal;
  [server, browser] = await Promise.all([
    startServer({
      portal: engine,
      port: 0,
      staticDir,
      libraryDir: library,
    }),
    launchHeadlessChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('adding documents in the desktop app', () => {
  it('a chosen folder is copied, indexed, reported, and its documents described and found', async () => {
    const opened: OfflinePage = await openOfflinePage(browser!);
    const { page } = opened;
    const bridge = await installDesktopBridge(page, portal!.api);
    await page.goto(`${server!.url}#/add`);
    await page.locator('#page-title').waitFor();

    // A cancelled dialog changes nothing.
    bridge.answerDialogWith([]);
    await page.getByTestId('choose-files').click();
    await expect.poll(() => bridge.dialogs.length).toBe(1);
    expect(await page.getByTestId('add-paths').inputValue()).toBe('');

    // The folder, then the same folder again: listed once.
    bridge.answerDialogWith([join(work, 'Workshop')]);
    await page.getByTestId('choose-folder').click();
    await page.getByTestId('choose-folder').click();
    await expect.poll(() => bridge.dialogs.map((d) => d.folder)).toEqual([false, true, true]);
    expect(await page.getByTestId('add-paths').inputValue()).toBe(join(work, 'Workshop'));

    await page.getByRole('button', { name: 'Add to the library (1)' }).click();
    const report = page.getByTestId('ingest-report');
    await report.waitFor();
    await expect.poll(() => report.locator('.ingest-entry--indexed').count()).toBe(2);
    expect(await report.textContent()).toContain('added/Workshop/handouts/day-2.html');
    await saveScreenshot(page, 'add-documents-report');

    // Fill in the handout's details from the report, then find it by its new title.
    await report
      .locator('.ingest-entry--indexed', { hasText: 'day-2.html' })
      .getByRole('link')
      .click();
    const form = page.getByTestId('metadata-form');
    await form.waitFor();
    await form.getByLabel('Title').fill('Seizing mobile phones: a handout');
    await page.getByTestId('save-metadata').click();
    await form.waitFor({ state: 'detached' });

    const found = await portal!.api.search({ query: 'seizing mobile phones' });
    expect(found.ok && found.value.hits.map((h) => h.document.title)).toEqual([
      'Seizing mobile phones: a handout',
    ]);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('a path that cannot be added is refused with its reason, and nothing is copied', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await installDesktopBridge(page, portal!.api);
    await page.goto(`${server!.url}#/add`);
    await page.locator('#page-title').waitFor();
    const before = await portal!.api.stats();
    await page
      .getByTestId('add-paths')
      .fill(`${join(work, 'Workshop', 'day-1.md')}\n${join(work, 'Workshop', 'budget.xlsx')}`);
    await page.getByRole('button', { name: 'Add to the library (2)' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('budget.xlsx: only');
    expect(await portal!.api.stats()).toEqual(before);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });
});
