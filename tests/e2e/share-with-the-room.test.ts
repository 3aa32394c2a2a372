// A trainer shares the library with the room from the desktop app: picks how long, starts, shows
// the address, QR code and room code, sees the "sharing" indicator on every screen, and stops,
// from the page or (as the app's menu does) from the main process. The classroom runs in a real
// process of its own (Node's fork here; Electron's utility process in the app), serving the
// built interface; the desktop window is played by the bridge.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import { forkClassroom } from '#core/classroom/classroom-host.ts';
import { sharingController } from '#core/classroom/sharing-controller.ts';
import type { SharingController } from '#core/classroom/sharing-controller.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';
import { indexedLibrary, makeSmallLibrary } from '../helpers/pack-library.ts';
import type { TestLibrary } from '../helpers/pack-library.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

let library: TestLibrary;
let sharing: SharingController;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  const work = tempFolderFor('e2e-sharing');
  library = await indexedLibrary(makeSmallLibrary(join(work, 'library')), join(work, 'data'));
  sharing = sharingController({
    launch: forkClassroom,
    library: {
      libraryDbPath: library.libraryDb,
      userDbPath: join(work, 'data', 'user.sqlite'),
      libraryFolder: library.folder,
      staticDir: await ensureRendererBuilt(),
    },
    port: 0,
    // Shown as the room's address; the classroom itself is reached here on 127.0.0.1.
    lanAddresses: () => ['192.0.2.10'],
    log: () => {},
  });
  ({ server, browser } = await serveDesktopLibrary(library.portal, library.folder));
});

afterAll(async () => {
  await sharing?.stop();
  await browser?.close();
  await server?.close();
  library?.portal.close();
});

describe('sharing with the room from the desktop app', () => {
  it('starts for a chosen time, shows the address, QR code and room code, and stops', async () => {
    const { page, pageErrors } = await openOfflinePage(browser!);
    await installDesktopBridge(page, { ...library.portal.api, ...sharing.api });
    await page.goto(`${server!.url}#/`);

    const indicator = page.getByTestId('sharing-indicator');
    await expect.poll(() => indicator.textContent()).toBe('Share with the room');
    await indicator.click();
    await page.getByRole('heading', { name: 'Share with the room' }).waitFor();
    await expectNoBlockingViolations(page, 'the sharing page');
    await page.getByLabel('Share for').selectOption({ label: '1 hour' });
    await page.getByRole('button', { name: 'Start sharing' }).click();

    const status = page.getByTestId('sharing-status');
    await status.waitFor();
    const on = sharing.status();
    if (on.state !== 'on') throw new Error(`not sharing: ${on.state}`);
    expect((Date.parse(on.stopsAt) - Date.parse(on.startedAt)) / 60_000).toBeCloseTo(60, 0);
    const address = `http://192.0.2.10:${on.port}/?room=${on.roomCode}`;
    expect(await page.getByTestId('sharing-address').textContent()).toBe(address);
    const qr = page.getByRole('img', { name: `QR code for ${address}` });
    expect(await qr.getAttribute('data-text')).toBe(address);
    expect(await page.getByTestId('sharing-room-code').textContent()).toBe(
      `${on.roomCode.slice(0, 3)} ${on.roomCode.slice(3)}`,
    );
    expect(await status.textContent()).toMatch(/^Sharing with the room until .+\.$/);
    expect(await indicator.textContent()).toMatch(/^Sharing until /);
    await saveScreenshot(page, 'share-with-the-room');
    await expectNoBlockingViolations(page, 'the sharing page while sharing');

    // The classroom process serves the built interface and the library.
    const visitor = await openOfflinePage(browser!);
    await visitor.page.goto(`http://127.0.0.1:${on.port}/#/search`);
    await visitor.page.getByTestId('search-results').waitFor();
    await visitor.context.close();

    // The indicator stays on every screen while sharing.
    await page.goto(`${server!.url}#/lists`);
    await page.locator('#page-title').waitFor();
    expect(await indicator.textContent()).toMatch(/^Sharing until /);

    await indicator.click();
    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await page.getByTestId('sharing-ended').waitFor();
    expect(await page.getByTestId('sharing-ended').textContent()).toBe('Sharing has stopped.');
    expect(await indicator.textContent()).toBe('Share with the room');
    await expect(fetch(`http://127.0.0.1:${on.port}/`)).rejects.toThrow();
    expect(pageErrors).toEqual([]);
  });

  it('notices sharing stopped from outside the window (the app menu)', async () => {
    const { page } = await openOfflinePage(browser!);
    await installDesktopBridge(page, { ...library.portal.api, ...sharing.api });
    await page.goto(`${server!.url}#/share`);
    await page.getByRole('button', { name: 'Start sharing' }).click();
    await page.getByTestId('sharing-status').waitFor();

    await sharing.stop();
    const indicator = page.getByTestId('sharing-indicator');
    await expect
      .poll(() => indicator.textContent(), { timeout: 15_000 })
      .toBe('Share with the room');
    await page.getByRole('button', { name: 'Start sharing' }).waitFor();
  });
});
