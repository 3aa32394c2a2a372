// A trainer receives library packs in the desktop app: each is checked and shown with who signed
// it (a trusted publisher, an unknown key they can choose to trust, or nobody) before they import
// it or not; a damaged pack is refused with the reason. The settings page keeps the publisher
// keys they trust. The app runs on its desktop front door, with the system's dialog answered here.
import { generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '#core/http/http-server.ts';
import { signingKeyFingerprint } from '#core/packs/publisher-keys.ts';
import type { TestLibrary } from '../helpers/pack-library.ts';
import {
  documentIds,
  indexedLibrary,
  makeSmallLibrary,
  writeTestPack,
} from '../helpers/pack-library.ts';
import { tempFolderFor, writeFiles } from '../helpers/temp-folder.ts';
import { flipDataByte, patchZip } from '../helpers/zip-bytes.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import type { OfflinePage } from './support/browser.ts';
import { installDesktopBridge } from './support/desktop-bridge.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';
import type { DesktopBridge } from './support/desktop-bridge.ts';

const TRAINING_TEAM = 'ASEAN-ACT training team';

let work = '';
let receiving: TestLibrary;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let trustedKey: KeyObject;
let otherKey: KeyObject;
const packs = { trusted: '', otherKey: '', unsigned: '', tampered: '' };

beforeAll(async () => {
  work = tempFolderFor('e2e-packs');
  const publisher = await indexedLibrary(
    makeSmallLibrary(join(work, 'publisher')),
    join(work, 'publisher-data'),
  );
  trustedKey = generateKeyPairSync('ed25519').privateKey;
  otherKey = generateKeyPairSync('ed25519').privateKey;
  const all = await documentIds(publisher.portal);
  const shelter = await documentIds(publisher.portal, 'shelter');
  packs.trusted = (
    await writeTestPack(publisher.portal, join(work, 'all.pack'), all, trustedKey)
  ).out;
  packs.otherKey = (
    await writeTestPack(publisher.portal, join(work, 'other.pack'), shelter, otherKey)
  ).out;
  packs.unsigned = (await writeTestPack(publisher.portal, join(work, 'unsigned.zip'), shelter)).out;
  packs.tampered = join(work, 'tampered.pack');
  patchZip(
    packs.trusted,
    packs.tampered,
    flipDataByte('documents/guides/en-shelter-standards.pdf', 100),
  );
  publisher.portal.close();

  const folder = join(work, 'receiving');
  writeFiles(folder, {
    'guides/existing.md': '# Existing guide\n\nReferral of victims to shelters.',
  });
  receiving = await indexedLibrary(folder, join(work, 'receiving-data'));
  ({ server, browser } = await serveDesktopLibrary(receiving.portal, folder));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  receiving?.portal.close();
});

async function openDesktop(route: string): Promise<{ opened: OfflinePage; bridge: DesktopBridge }> {
  const opened = await openOfflinePage(browser!);
  const bridge = await installDesktopBridge(opened.page, receiving.portal.api);
  await opened.page.goto(`${server!.url}#/${route}`);
  await opened.page.locator('#page-title').waitFor();
  return { opened, bridge };
}

/** Chooses a pack in the dialog and waits until it is shown as checked. */
async function choosePack(page: Page, bridge: DesktopBridge, file: string) {
  bridge.answerDialogWith([file]);
  await page.getByTestId('choose-pack').click();
  const checked = page.getByTestId('pack-checked');
  await checked.waitFor();
  return checked;
}

describe('importing library packs in the desktop app', () => {
  it('shows who signed each pack, trusts a key from the import screen, imports and refuses', async () => {
    await receiving.portal.api.addTrustedKey({
      fingerprint: signingKeyFingerprint(trustedKey),
      label: TRAINING_TEAM,
    });
    const { opened, bridge } = await openDesktop('add');
    const { page } = opened;

    // Unsigned: a warning, and Cancel leaves the library as it was.
    let checked = await choosePack(page, bridge, packs.unsigned);
    expect(bridge.dialogs.at(-1)).toEqual({ folder: false, pack: true });
    const signer = checked.getByTestId('pack-signer');
    expect(await signer.getAttribute('data-signer')).toBe('unsigned');
    expect(await signer.textContent()).toContain('Warning: this pack is not signed');
    expect(await checked.getByTestId('pack-facts').textContent()).toContain('ASEAN-ACT');
    await checked.getByRole('button', { name: 'Cancel' }).click();
    await checked.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Import a library pack…',
    );

    // An unknown key: its fingerprint in groups, and a way to trust it with a label.
    checked = await choosePack(page, bridge, packs.otherKey);
    const otherFingerprint = signingKeyFingerprint(otherKey);
    expect(await signer.getAttribute('data-signer')).toBe('unknown-key');
    expect(await signer.getByTestId('fingerprint').textContent()).toBe(otherFingerprint);
    await saveScreenshot(page, 'pack-import-unknown-key');
    await expectNoBlockingViolations(page, 'a pack signed with an unknown key');
    await signer.getByRole('button', { name: 'Trust this key' }).click();
    expect(await signer.getByText('Give the key a label').count()).toBe(1);
    await signer.getByLabel('Label (who the key belongs to)').fill('Mekong shelters network');
    await signer.getByRole('button', { name: 'Trust this key' }).click();
    await expect.poll(() => signer.getAttribute('data-signer')).toBe('trusted');
    expect(await signer.textContent()).toContain('Mekong shelters network');
    const keys = await receiving.portal.api.listTrustedKeys();
    expect(keys.ok && keys.value.map((k) => k.fingerprint)).toContain(otherFingerprint);

    // A trusted publisher's pack: its documents listed, then imported with a report.
    checked = await choosePack(page, bridge, packs.trusted);
    expect(await signer.textContent()).toContain(TRAINING_TEAM);
    const titles = await checked.getByTestId('pack-documents').locator('li').allTextContents();
    expect(titles).toHaveLength(4);
    await checked.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('pack-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Added: 4');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pack-report');
    expect(await documentIds(receiving.portal)).toHaveLength(5);

    // A changed byte: the pack is refused with the reason, and nothing is shown to import.
    bridge.answerDialogWith([packs.tampered]);
    await page.getByTestId('choose-pack').click();
    const refusal = page.getByTestId('error-notice');
    await expect.poll(() => refusal.textContent()).toContain('does not match its SHA-256');
    expect(await refusal.textContent()).toContain('The pack was not imported');
    expect(await page.getByTestId('pack-checked').count()).toBe(0);

    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });
});

describe('trusted publishers in the settings', () => {
  it('adds a key by its fingerprint and label, after naming a mistake, and removes it', async () => {
    const { opened } = await openDesktop('settings');
    const { page } = opened;
    const section = page.getByTestId('settings-trusted-keys');
    const fingerprint = signingKeyFingerprint(generateKeyPairSync('ed25519').privateKey);

    await section.getByLabel('Fingerprint').fill('1A2B 3C4D');
    await section.getByLabel('Label (who the key belongs to)').fill('Provincial police academy');
    await section.getByRole('button', { name: 'Trust this key' }).click();
    expect(await section.getByText('A fingerprint is 40 characters').count()).toBe(1);
    expect(await section.getByLabel('Fingerprint').getAttribute('aria-invalid')).toBe('true');

    await section.getByLabel('Fingerprint').fill(fingerprint.replaceAll(' ', '').toLowerCase());
    await section.getByRole('button', { name: 'Trust this key' }).click();
    const entry = section.locator('.trusted-key', { hasText: 'Provincial police academy' });
    await entry.waitFor();
    expect(await entry.getByTestId('fingerprint').textContent()).toBe(fingerprint);
    await expectNoBlockingViolations(page, 'the trusted publishers setting');

    await entry
      .getByRole('button', { name: 'Remove the key of Provincial police academy' })
      .click();
    await entry.waitFor({ state: 'detached' });
    const keys = await receiving.portal.api.listTrustedKeys();
    expect(keys.ok && keys.value.map((k) => k.fingerprint)).not.toContain(fingerprint);

    await opened.context.close();
    expect(opened.pageErrors).toEqual([]);
  });
});
