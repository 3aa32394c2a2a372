// A trainer hands a reading list out from the desktop app: a signed library pack saved where the
// system's save dialog says, and a static copy in a folder the dialog picks, each summed up with
// what it holds and what it left out; a folder that is not empty is refused in the trainer's
// words. The files on disk are then checked with the engine. The app runs on its desktop front
// door, with the system's dialogs answered here.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import { generatePublisherKey } from '#core/packs/publisher-keys.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { openMarkedLibrary } from '../helpers/marked-library.ts';
import { BUILT_PAGE_DIR, buildPageAssets } from '../helpers/static-copy.ts';
import { tempFolderFor, writeFiles } from '../helpers/temp-folder.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const PUBLISHER = 'Hanoi training team';

let work = '';
let portal: Portal;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let listId = 0;
let guide: DocumentSummary;
let decision: DocumentSummary;
let event: DocumentSummary;
const key = { path: '', fingerprint: '' };

beforeAll(async () => {
  work = tempFolderFor('e2e-make-copies');
  const marked = await openMarkedLibrary(work);
  ({ guide, decision, event } = marked);
  listId = marked.sharedListId;
  marked.portal.close();
  // The engine as the desktop app opens it, with the copy's built page script.
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: join(work, 'library'),
    copyPageAssets: buildPageAssets(BUILT_PAGE_DIR),
  });
  const generated = generatePublisherKey();
  key.path = join(work, 'publisher.pem');
  key.fingerprint = generated.fingerprint;
  writeFileSync(key.path, generated.privateKeyPem);
  ({ server, browser } = await serveDesktopLibrary(portal, join(work, 'library')));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

describe('making a pack and a static copy of a reading list in the desktop app', () => {
  it('saves a signed pack and a static copy, sums each up, and refuses a folder that is not empty', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    const bridge = await installDesktopBridge(page, portal.api);
    await page.goto(`${server!.url}#/lists/${listId}`);
    const making = page.getByTestId('make-copies');
    await making.waitFor();

    // The pack: a publisher's name, a warning while no key is chosen, then the key and the file.
    await making.getByRole('button', { name: 'Make a pack…' }).click();
    const packForm = page.getByTestId('make-pack-form');
    expect(await packForm.getByTestId('pack-unsigned').textContent()).toContain(
      'This pack will not be signed',
    );
    await packForm.getByRole('button', { name: 'Choose where to save the pack…' }).click();
    expect(await packForm.getByRole('alert').textContent()).toBe(
      'Give the name the pack is published under.',
    );
    expect(bridge.dialogs).toEqual([]);
    await packForm.getByLabel('Publisher (your name or organisation)').fill(PUBLISHER);
    bridge.answerDialogWith([key.path]);
    await packForm.getByRole('button', { name: 'Choose a signing key…' }).click();
    await expect
      .poll(() => packForm.getByTestId('pack-key').textContent())
      .toContain('signed with the key in publisher.pem');
    const packFile = join(work, 'Week one.pack');
    bridge.answerDialogWith([packFile]);
    await packForm.getByRole('button', { name: 'Choose where to save the pack…' }).click();
    const packSummary = packForm.getByTestId('outgoing-summary');
    await packSummary.waitFor();
    expect(bridge.dialogs).toEqual([{ signingKey: true }, { savePack: { name: 'Week one' } }]);
    expect(await packSummary.getByTestId('outgoing-path').textContent()).toBe(packFile);
    expect(await packSummary.getByTestId('outgoing-documents').textContent()).toBe('1');
    expect(await packSummary.getByTestId('outgoing-size').textContent()).toBe('1 kB');
    expect(await packSummary.getByTestId('outgoing-signature').textContent()).toBe(key.fingerprint);
    expect(await packSummary.getByTestId('outgoing-left-out').textContent()).toBe(
      `${decision.title}: marked “do not share”`,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pack made');
    await saveScreenshot(page, 'make-pack-summary');
    await expectNoBlockingViolations(page, 'a pack made from a reading list');

    // The pack on disk: intact, signed by the key, holding the list's shareable document.
    const verified = await portal.api.verifyPack({ file: packFile });
    expect(verified).toMatchObject({
      ok: true,
      value: {
        publisher: PUBLISHER,
        signer: { state: 'unknown-key', fingerprint: key.fingerprint },
        documents: [{ title: guide.title }],
      },
    });

    // The static copy: the publisher's name remembered as its maker, then a folder.
    await making.getByRole('button', { name: 'Make a static copy…' }).click();
    const copyForm = page.getByTestId('make-copy-form');
    expect(await copyForm.getByLabel("Made by (shown on the copy's first page)").inputValue()).toBe(
      PUBLISHER,
    );
    const copyFolder = join(work, 'usb', 'week-one');
    bridge.answerDialogWith([copyFolder]);
    await copyForm.getByRole('button', { name: 'Choose a folder for the copy…' }).click();
    const copySummary = copyForm.getByTestId('outgoing-summary');
    await copySummary.waitFor();
    expect(bridge.dialogs.at(-1)).toEqual({ copyFolder: true });
    expect(await copySummary.getByTestId('outgoing-documents').textContent()).toBe('1');
    expect(await copySummary.getByTestId('outgoing-left-out').textContent()).toContain(
      decision.title,
    );
    expect(await copySummary.textContent()).toContain('Open index.html in that folder');
    expect(existsSync(join(copyFolder, 'index.html'))).toBe(true);

    // The same folder again: it is not empty now, and the trainer is told so in plain words.
    await copyForm.getByRole('button', { name: 'Choose a folder for the copy…' }).click();
    const refusal = copyForm.getByTestId('error-notice');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'The static copy was not madeThat folder is not empty. Choose a new or empty folder.',
    );
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('packs what a search and its filters find, from the search results', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    const bridge = await installDesktopBridge(page, portal.api);
    await page.goto(`${server!.url}#/search?q=forced%20labour&country=TH`);
    await page.getByTestId('make-copies').waitFor();
    await page.getByRole('button', { name: 'Make a pack…' }).click();
    const packForm = page.getByTestId('make-pack-form');
    await packForm.getByLabel('Publisher (your name or organisation)').fill(PUBLISHER);
    const packFile = join(work, 'forced labour.pack');
    bridge.answerDialogWith([packFile]);
    await packForm.getByRole('button', { name: 'Choose where to save the pack…' }).click();
    const summary = packForm.getByTestId('outgoing-summary');
    await summary.waitFor();
    expect(bridge.dialogs).toEqual([{ savePack: { name: 'forced labour' } }]);
    expect(await summary.getByTestId('outgoing-signature').textContent()).toBe('Not signed');
    // Thailand only: the Vietnamese decision is not even found, so not listed as left out.
    expect(await summary.getByTestId('outgoing-left-out').textContent()).toBe(
      `${event.title}: news or event, without a file`,
    );
    const verified = await portal.api.verifyPack({ file: packFile });
    expect(verified).toMatchObject({
      ok: true,
      value: { signer: { state: 'unsigned' }, documents: [{ title: guide.title }] },
    });
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });

  it('offers the whole library on the reading lists page', async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    const bridge = await installDesktopBridge(page, portal.api);
    await page.goto(`${server!.url}#/lists`);
    const making = page.getByTestId('make-copies');
    await making.waitFor();
    expect(await making.getByRole('heading').textContent()).toBe('Hand out the whole library');
    await making.getByRole('button', { name: 'Make a pack…' }).click();
    await page.getByLabel('Publisher (your name or organisation)').fill(PUBLISHER);
    bridge.answerDialogWith([]);
    await page.getByRole('button', { name: 'Choose where to save the pack…' }).click();
    // The save dialog, cancelled: nothing is made and nothing is said to have failed.
    await expect
      .poll(() => bridge.dialogs)
      .toEqual([{ savePack: { name: 'TIP Resource Portal' } }]);
    expect(await page.getByTestId('outgoing-summary').count()).toBe(0);
    expect(await page.getByTestId('error-notice').count()).toBe(0);
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });

  it("says why a copy was refused in the interface's language", async () => {
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await page.addInitScript(() => localStorage.setItem('tip-portal.language', 'vi'));
    const bridge = await installDesktopBridge(page, portal.api);
    await page.goto(`${server!.url}#/lists/${listId}`);
    await page.getByRole('button', { name: 'Tạo bản sao tĩnh…' }).click();
    const copyForm = page.getByTestId('make-copy-form');
    await copyForm.getByRole('textbox').fill(PUBLISHER);
    const busy = join(work, 'busy');
    writeFiles(busy, { 'thesis.docx': 'my own work' });
    bridge.answerDialogWith([busy]);
    await copyForm.getByTestId('copy-choose-folder').click();
    const refusal = copyForm.getByTestId('error-notice');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Chưa tạo được bản sao tĩnhThư mục đó không trống. Hãy chọn một thư mục mới hoặc trống.',
    );
    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });
});
