// The OCR run's controls in the desktop app: a document whose scanned page waits offers "Read
// this document now", Settings turns background reading off and shows a pause kept from before
// (with Resume), and the Add documents page says how many scanned pages wait. The app runs on its
// desktop front door (window.portal) over the engine, which puts the document first and keeps the
// setting and the pause; the run itself has its own tests.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { openOfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let scanId = '';

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-ocr-')));
  const library = join(work, 'library');
  mkdirSync(library);
  copyFileSync(
    new URL('../fixtures/ocr/scan-lo.png', import.meta.url).pathname,
    join(library, 'court-notice.png'),
  );
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  const report = await portal.index(library, { workers: 0 });
  scanId = report.entries[0]!.documentId!;
  ({ server, browser } = await serveDesktopLibrary(portal, library));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the OCR controls', () => {
  it('read a document now, turn background reading off, and show the pages waiting', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await installDesktopBridge(page, portal!.api);

    await page.goto(`${server!.url}#/doc/${scanId}`);
    const readNow = page.getByTestId('read-now');
    await readNow.waitFor();
    expect(await readNow.textContent()).toBe('Read this document now');
    await readNow.click();
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toContain('This document is read first.');

    await page.goto(`${server!.url}#/settings`);
    const enabled = page.getByTestId('ocr-enabled');
    await enabled.waitFor();
    await expect.poll(() => enabled.isChecked()).toBe(true);
    await enabled.uncheck();
    await expect
      .poll(async () => {
        const status = await portal!.api.ocrStatus(null);
        return status.ok && status.value.enabled;
      })
      .toBe(false);

    await page.goto(`${server!.url}#/add`);
    const progress = page.getByTestId('ocr-progress');
    await progress.waitFor();
    expect(await progress.textContent()).toContain('Scanned pages waiting to be read: 1.');

    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 120_000);

  it('shows a pause kept in the library as paused in Settings, until Resume', async () => {
    // Paused in an earlier session: the library keeps it.
    const paused = await portal!.api.pauseOcr();
    expect(paused.ok && paused.value.state).toBe('paused');
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await installDesktopBridge(page, portal!.api);

    await page.goto(`${server!.url}#/settings`);
    const progress = page.getByTestId('ocr-progress');
    await progress.waitFor();
    await expect
      .poll(() => progress.textContent())
      .toContain('Reading scanned pages is paused. Pages waiting: 1.');
    await page.getByTestId('ocr-resume').click();
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toContain('Reading scanned pages again.');
    await expect
      .poll(() => progress.textContent())
      .toContain('Scanned pages waiting to be read: 1.');
    const status = await portal!.api.ocrStatus(null);
    expect(status.ok && status.value.state).toBe('idle');

    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  }, 120_000);
});
