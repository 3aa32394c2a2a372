// "Your notes and lists" in the settings of the desktop app: a copy kept at start is listed with
// what it holds and restored after the user confirms (the file comes back byte for byte, and what
// was there is kept as a copy), and everything is exported to a file and imported again. A browser
// on the same computer (`portal serve`) does not see the section: it works on this computer's files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import type { UserBackup } from '#shared/user-data.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { openMarkedLibrary } from '../helpers/marked-library.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { openOfflinePage } from './support/browser.ts';
import type { OfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import type { DesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

let work: string;
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let guide: DocumentSummary;
let kept: UserBackup;

beforeAll(async () => {
  work = tempFolderFor('e2e-user-data');
  const marked = await openMarkedLibrary(work);
  ({ portal, guide } = marked);
  await portal.api.saveBookmark({ documentId: guide.id, page: 1, note: 'Kept in the copy' });
  kept = (await portal.backUpUserData())!;
  await portal.api.saveBookmark({ documentId: guide.id, page: null, note: 'Written after it' });
  ({ server, browser } = await serveDesktopLibrary(portal, join(work, 'library')));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

async function openSettings(
  desktop: boolean,
): Promise<{ opened: OfflinePage; bridge: DesktopBridge | null }> {
  const opened = await openOfflinePage(browser!);
  const bridge = desktop ? await installDesktopBridge(opened.page, portal!.api) : null;
  await opened.page.goto(`${server!.url}#/settings`);
  await opened.page.getByTestId('settings-language').waitFor();
  return { opened, bridge };
}

const bookmarkNotes = async () => {
  const listed = await portal!.api.listBookmarks(null);
  return listed.ok ? listed.value.map((b) => b.note).sort() : [];
};

describe('your notes and lists in the settings', () => {
  it('is left out in a browser, which cannot reach this computer’s files', async () => {
    const { opened } = await openSettings(false);
    await opened.page.getByTestId('settings-trusted-keys').waitFor();
    expect(await opened.page.getByTestId('settings-user-data').count()).toBe(0);
    await opened.context.close();
  });

  it('restores a copy kept at start after confirming, byte for byte, keeping what was there', async () => {
    const { opened } = await openSettings(true);
    const { page } = opened;
    const section = page.getByTestId('settings-user-data');
    const entry = section.locator(`[data-backup="${kept.name}"]`);
    await entry.waitFor();
    expect(await entry.textContent()).toContain('bookmarks: 1');
    expect(await entry.textContent()).toContain('reading lists: 1');
    await expectNoBlockingViolations(page, 'the notes and lists setting');

    await entry.getByRole('button', { name: /^Restore the copy of / }).click();
    const ask = section.getByRole('alertdialog');
    // The keyboard lands on the question.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('restore-ask');
    expect(await ask.textContent()).toContain('What is here now is kept as a copy first.');
    await section.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await bookmarkNotes()).toEqual(['Kept in the copy', 'Written after it']);

    await entry.getByRole('button', { name: /^Restore the copy of / }).click();
    await section.getByTestId('confirm-restore').click();
    await expect
      .poll(() => section.getByTestId('restore-status').textContent())
      .toMatch(/^The copy of .* was restored\.$/);
    expect(await bookmarkNotes()).toEqual(['Kept in the copy']);
    const userDb = readFileSync(join(work, 'user.sqlite'));
    expect(Buffer.compare(userDb, readFileSync(join(work, 'backups', kept.name)))).toBe(0);
    // The copy made before the restore is listed too, so the restore can be undone.
    await expect.poll(() => section.locator('.user-backup').count()).toBe(2);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });

  it('exports everything to a file, refuses a foreign file and imports the export', async () => {
    const { opened, bridge } = await openSettings(true);
    const { page } = opened;
    const section = page.getByTestId('settings-user-data');
    const file = join(work, 'notes.json');
    bridge!.answerDialogWith([file]);
    await section.getByRole('button', { name: 'Export to a file…' }).click();
    await expect
      .poll(() => section.getByTestId('user-data-status').textContent())
      .toContain(`Saved to ${file}: bookmarks: 1,`);
    expect(bridge!.dialogs.at(-1)).toEqual({ saveUserData: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('tip-resource-portal-user-data');

    const foreign = join(work, 'foreign.json');
    writeFileSync(foreign, '{"documents": []}');
    bridge!.answerDialogWith([foreign]);
    await section.getByRole('button', { name: 'Import a file…' }).click();
    const refused = section.getByTestId('error-notice');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('The file was not imported');
    expect(await refused.textContent()).toContain('is not a file of notes and lists exported');

    bridge!.answerDialogWith([file]);
    await section.getByRole('button', { name: 'Import a file…' }).click();
    await expect
      .poll(() => section.getByTestId('user-data-status').textContent())
      .toMatch(/^Imported: bookmarks: 0, .* Already here and left as it was: bookmarks: 1,/);
    expect(bridge!.dialogs.at(-1)).toEqual({ userData: true });
    expect(await section.getByTestId('error-notice').count()).toBe(0);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });
});
