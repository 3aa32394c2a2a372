// "Languages of scanned pages" in the settings of the desktop app: the shipped languages are
// listed, Khmer missing; a file that is not recognition data is refused with the reason; Debian's
// Khmer data is added with the system's dialog, listed as added, and removed again. A browser on
// the same computer sees the list without the buttons.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import { tempFolderFor, writeFiles } from '../helpers/temp-folder.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { openOfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';

let work: string;
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  work = tempFolderFor('e2e-ocr-languages');
  const library = join(work, 'library');
  writeFiles(library, { 'readme.txt': 'Decrees, scanned and typed.' });
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
    dataFolder: join(work, 'data'),
  });
  await portal.index(library, { workers: 0 });
  ({ server, browser } = await serveDesktopLibrary(portal, library));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

async function openSettings(desktop: boolean) {
  const opened = await openOfflinePage(browser!);
  const bridge = desktop ? await installDesktopBridge(opened.page, portal!.api) : null;
  await opened.page.goto(`${server!.url}#/settings`);
  const section = opened.page.getByTestId('settings-ocr-languages');
  await section.getByTestId('ocr-language-khm').waitFor();
  return { opened, bridge, section };
}

describe('the languages of scanned pages in the settings', () => {
  it('lists them in a browser on this computer, without adding or removing', async () => {
    const { opened, section } = await openSettings(false);
    expect(await section.getByTestId('ocr-language-khm').textContent()).toContain('Missing');
    expect(await section.getByTestId('ocr-language-tha').textContent()).toContain(
      'Ships with the app',
    );
    expect(await section.getByRole('button', { name: 'Add a language file…' }).count()).toBe(0);
    await opened.context.close();
  });

  it('refuses a file that is not recognition data, then adds Khmer and removes it', async () => {
    const { opened, bridge, section } = await openSettings(true);
    const { page } = opened;
    await expectNoBlockingViolations(page, 'the languages of scanned pages');
    const khmer = section.getByTestId('ocr-language-khm');
    expect(await khmer.textContent()).toContain('Missing');

    const notData = join(work, 'khm.traineddata.gz');
    copyFileSync(DEBIAN_KHMER, notData);
    bridge!.answerDialogWith([notData]);
    await section.getByRole('button', { name: 'Add a language file…' }).click();
    const refused = section.getByTestId('error-notice');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('The file was not added');
    expect(await refused.textContent()).toContain('is named .gz but is not gzip-compressed');
    expect(bridge!.dialogs.at(-1)).toEqual({ ocrData: true });

    bridge!.answerDialogWith([DEBIAN_KHMER]);
    await section.getByRole('button', { name: 'Add a language file…' }).click();
    await expect.poll(() => khmer.textContent()).toContain('Added by you');
    expect(existsSync(join(work, 'data', 'ocr-data', 'khm.traineddata'))).toBe(true);

    await khmer.getByRole('button', { name: /^Remove the data added for / }).click();
    await expect.poll(() => khmer.textContent()).toContain('Missing');
    expect(existsSync(join(work, 'data', 'ocr-data', 'khm.traineddata'))).toBe(false);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });
});
