// A PDF that needs a password, in a library folder of the test's own: its page says it is password
// protected, the reader asks for the password (again after a wrong one) and then shows the page.
import { copyFileSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '#renderer/i18n/en.json' with { type: 'json' };
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { writeFiles } from '../helpers/temp-folder.ts';
import { openOfflinePage, saveScreenshot } from './support/browser.ts';
import type { OfflinePage } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'pdf', 'encrypted.pdf');
/** The fixture's password (scripts/fixtures/make-fixture-pdfs.ts). */
const PASSWORD = 'user-secret';

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let opened: OfflinePage | null = null;
let documentId = '';

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-password-')));
  const library = join(work, 'library');
  writeFiles(library, {
    'catalog.yaml': `version: 1
documents:
  - file: shelter-protocol.pdf
    type: guideline
    title: Shelter referral protocol
    language: en
    year: 2024
    summary: Restricted protocol for referring survivors to shelters.
`,
  });
  copyFileSync(FIXTURE, join(library, 'shelter-protocol.pdf'));
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  const report = await portal.index(library);
  documentId = report.entries.find((e) => e.path === 'shelter-protocol.pdf')?.documentId ?? '';
  ({ server, browser } = await serveDesktopLibrary(portal, library));
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a PDF that needs a password', () => {
  it('is said to be protected, and the reader shows its page once the password is given', async () => {
    if (!browser || !server) throw new Error('The portal is not being served.');
    opened = await openOfflinePage(browser);
    const { page } = opened;
    await page.goto(`${server.url}#/doc/${documentId}`);
    await page.getByTestId('password-protected').waitFor({ state: 'attached' });
    expect(await page.getByTestId('password-protected').textContent()).toBe(
      en.document.passwordProtected,
    );

    const form = page.getByTestId('pdf-password');
    await form.waitFor();
    const field = form.getByLabel(en.reader.passwordLabel);
    await field.fill('not-the-password');
    await form.getByRole('button', { name: en.reader.passwordOpen }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toBe(en.reader.passwordIncorrect);
    await saveScreenshot(page, 'reader-pdf-password');

    await field.fill(PASSWORD);
    await field.press('Enter');
    const rendered = page.locator('[data-testid="reader-page"][data-rendered="true"]');
    await rendered.waitFor();
    expect(await form.count()).toBe(0);
    expect(await rendered.locator('.textLayer').textContent()).toMatch(/\w{4,}/);
    expect(
      await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })),
    ).not.toContain(PASSWORD);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
