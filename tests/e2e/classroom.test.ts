// The classroom on a phone: a participant on the trainer's Wi-Fi opens the address without the
// room code, types the code, browses the library and its settings (with nothing a visitor cannot use), reads a PDF
// fitted to the screen, switches to the text view, and is told in their language, with a retry,
// when the laptop stops answering, and with the way to the new room code when the trainer serves
// the library again while their page is open. The visitor is played from 127.0.0.1: the server is told that
// no client is this computer.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import {
  documentIdByTitle,
  waitForReaderPage,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';

const ROOM_CODE = 'K7P2QX';
const NEW_ROOM_CODE = 'M4W9TZ';
const session = useE2eSession('classroom', { roomCode: ROOM_CODE, isThisComputer: () => false });

const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
};
const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';

const squeeze = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** Whether anything on the screen is wider than the phone (a sideways scroll). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('a participant on a phone', () => {
  it('gives the room code, reads a PDF at the width of the screen and as text', async () => {
    const page = await session.newPage(PHONE);
    const address = session.served.url;

    await page.goto(address);
    await page.getByRole('heading', { name: 'Room code needed' }).waitFor();
    expect(await page.locator('#root').count()).toBe(0);
    await saveScreenshot(page, 'classroom-phone-room-code');
    await expectNoBlockingViolations(page, 'the room code page');
    await page.getByLabel('Room code').fill(ROOM_CODE.toLowerCase());
    await page.getByRole('button', { name: 'Open the library' }).tap();

    await page.locator('#page-title').waitFor();
    expect(page.url()).toBe(address);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'portal_room', httpOnly: true, sameSite: 'Strict' });
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link').first().waitFor();
    expect(await navigation.getByRole('link', { name: 'Add documents' }).count()).toBe(0);
    await saveScreenshot(page, 'classroom-phone-home');
    await page.getByTestId('recent-documents').waitFor();
    await expectNoBlockingViolations(page, 'home on a phone');
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(844 / 4);
    expect(await scrollsSideways(page)).toBe(false);

    // The publisher keys this computer's user trusts are not a visitor's to see or change.
    await page.goto(`${address}#/settings`);
    await page.getByTestId('settings-language').waitFor();
    expect(await page.getByTestId('settings-trusted-keys').count()).toBe(0);

    const guidelinesId = await documentIdByTitle(session.served.portal, GUIDELINES);
    await page.goto(`${address}#/doc/${guidelinesId}`);
    await waitForReaderPage(page, 1);
    const scale = Number(await page.getByTestId('pdf-reader').getAttribute('data-scale'));
    const drawn = await page.locator('[data-testid="reader-page"]').boundingBox();
    expect(drawn!.width).toBeGreaterThanOrEqual(0.9 * 390);
    expect(drawn!.width).toBeLessThanOrEqual(390);
    expect(scale).toBeGreaterThan(0.6);
    expect(await scrollsSideways(page)).toBe(false);
    const download = page.getByTestId('download-link');
    expect(await download.getAttribute('href')).toMatch(/\/files\/[0-9a-f]{64}\?download=1$/);
    expect(await download.getAttribute('download')).toBe(`${GUIDELINES}.pdf`);
    await saveScreenshot(page, 'classroom-phone-pdf');

    await page.getByTestId('text-view-toggle').tap();
    const textView = page.getByTestId('page-text-view');
    await textView.locator('p').first().waitFor();
    expect(await page.getByTestId('text-view-toggle').getAttribute('aria-pressed')).toBe('true');
    const pages = await session.served.portal.api.getPages(guidelinesId);
    if (!pages.ok) throw new Error(pages.error.message);
    expect(squeeze((await textView.textContent()) ?? '')).toBe(squeeze(pages.value[0]!.text));
    const fontSize = await textView
      .locator('p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect((await textView.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'classroom-phone-text-view');
    await expectNoBlockingViolations(page, 'the text view on a phone');
    // A whole participant's path with three accessibility scans, on two shared cores.
  }, 150_000);

  it('is told in their language when the laptop stops answering, and can try again', async () => {
    const page = await session.newPage({ ...PHONE, locale: 'vi-VN' });
    await page.goto(`${session.served.url}?room=${ROOM_CODE}`);
    await page.locator('#page-title').waitFor();

    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${session.served.url}#/news`);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Không thể kết nối tới thư viện');
    await saveScreenshot(page, 'classroom-phone-unreachable');

    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Thử lại' }).tap();
    await page.getByTestId('news-count').waitFor();
    expect(await page.getByTestId('error-notice').count()).toBe(0);
  });

  it('is told when the reader itself cannot be fetched, and opens it on retry', async () => {
    const page = await session.newPage({ ...PHONE, locale: 'vi-VN' });
    // The reader's code is fetched once the page is idle, and again when a document opens.
    await page.route('**/assets/DocumentPage-*', (route) => route.abort('connectionrefused'));
    await page.goto(`${session.served.url}?room=${ROOM_CODE}`);
    await page.locator('#page-title').waitFor();
    const id = await documentIdByTitle(session.served.portal, GUIDELINES);
    await page.goto(`${session.served.url}#/doc/${id}`);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Không thể kết nối tới thư viện');

    await page.unroute('**/assets/DocumentPage-*');
    await page.getByRole('button', { name: 'Thử lại' }).tap();
    await waitForReaderPage(page, 1);
  });

  it('is asked in their language for the new room code once the trainer serves again with one', async () => {
    const page = await session.newPage({ ...PHONE, locale: 'th-TH' });
    await page.goto(`${session.served.url}?room=${ROOM_CODE}`);
    await page.locator('#page-title').waitFor();

    await session.served.restart({ roomCode: NEW_ROOM_CODE });
    try {
      await page.getByTestId('search-input').fill('evidence');
      await page.getByTestId('search-input').press('Enter');
      const notice = page.getByTestId('error-notice');
      await notice.waitFor();
      expect(await notice.getAttribute('data-error-code')).toBe('room-code-needed');
      const said = (await notice.textContent()) ?? '';
      expect(said).toContain('ต้องใช้รหัสห้องใหม่');
      expect(said).not.toMatch(/forbidden|room code|trainer/i);
      await saveScreenshot(page, 'classroom-phone-new-room-code');

      await page.getByRole('link', { name: 'กรอกรหัสห้อง' }).tap();
      await page.getByRole('heading', { name: 'ต้องใช้รหัสห้อง' }).waitFor();
      expect(await page.locator('#room-error').count()).toBe(0);
      await page.getByLabel('รหัสห้อง').fill(NEW_ROOM_CODE);
      await page.getByRole('button', { name: 'เปิดห้องสมุด' }).tap();
      await page.locator('#page-title').waitFor();
      expect(page.url()).toBe(session.served.url);
      await page.goto(`${session.served.url}#/search?q=evidence`);
      await waitForResults(page, 'evidence');
      expect(await page.getByTestId('error-notice').count()).toBe(0);
    } finally {
      await session.served.restart({ roomCode: ROOM_CODE });
    }
  });
});
