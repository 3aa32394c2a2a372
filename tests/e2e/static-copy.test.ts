// The static copy opened from file:// in Chromium, with the network cut off: a reading list's copy
// shows the list's note on top, and the library's copy finds documents in English, in Vietnamese typed without tone marks and in Thai, browses by country, points PDF hits
// at the right page of a file identical to the library's, and still finds Thai when the browser
// lacks Intl.Segmenter. Chromium downloads PDFs in headless mode, so links and files are checked
// rather than opened.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { exportSite } from '#core/static-copy/export-site.ts';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { LIBRARY_DIR } from '#scripts/fixtures/make-multilingual-library.ts';
import { buildPageAssets, indexedPortal } from '../helpers/static-copy.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

let portal: Portal;
let browser: Browser;
let copyDir = '';
let data = '';
interface OpenedCopy {
  context: BrowserContext;
  pageErrors: string[];
  /** Requests for anything but the copy's own files, refused. */
  outsideRequests: string[];
}
const opened: OpenedCopy[] = [];

beforeAll(async () => {
  data = tempFolderFor('static-copy-e2e');
  portal = await indexedPortal(data, LIBRARY_DIR);
  copyDir = join(data, 'copy');
  await exportSite(portal.api, {
    folder: copyDir,
    selection: { filters: {} },
    madeBy: 'Regional training team',
    madeAt: new Date('2026-03-01T09:30:00Z'),
    language: 'en',
    pageAssets: buildPageAssets(join(data, 'page')),
    documentFile: (id) => portal.resolveDocumentFile(id),
    isShareable: (id) => portal.isShareable(id),
  });
  browser = await launchHeadlessChromium();
}, 180_000);

afterEach(async () => {
  for (const { context, pageErrors, outsideRequests } of opened.splice(0)) {
    await context.close();
    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  portal?.close();
});

async function openCopy(
  options: { withoutSegmenter?: boolean; folder?: string } = {},
): Promise<Page> {
  const folder = options.folder ?? copyDir;
  const context = await browser.newContext({ locale: 'en-GB' });
  const copy: OpenedCopy = { context, pageErrors: [], outsideRequests: [] };
  opened.push(copy);
  const inCopy = pathToFileURL(folder).href;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${inCopy}/`)) return route.continue();
    copy.outsideRequests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => copy.pageErrors.push(error.stack ?? error.message));
  if (options.withoutSegmenter)
    await page.addInitScript(() => {
      // @ts-expect-error: a browser that lacks it
      delete Intl.Segmenter;
    });
  await page.goto(`${inCopy}/index.html`);
  await page.waitForSelector('html[data-copy-ready]');
  return page;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#copy-query', query);
  await page.waitForFunction(() => document.querySelector('#copy-count')?.textContent !== '');
  return page
    .locator('.copy-result-title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function engineHits(query: string, country?: string) {
  const result = await portal.api.search({
    query,
    limit: 100,
    ...(country ? { filters: { countries: [country] } } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the static copy in Chromium, from file://', () => {
  it('says what it holds, who made it and when', async () => {
    const page = await openCopy();
    await expect(page.textContent('#copy-note')).resolves.toMatch(
      /holds 40 documents .* Made by Regional training team on March 1, 2026\./,
    );
  });

  it('speaks the language the trainer chose for it: the page, its menus, counts and the taxonomy’s names', async () => {
    const laoDir = join(data, 'lao-copy');
    await exportSite(portal.api, {
      folder: laoDir,
      selection: { filters: {} },
      madeBy: 'ທີມຝຶກອົບຮົມ',
      madeAt: new Date('2026-03-01T09:30:00Z'),
      language: 'lo',
      pageAssets: buildPageAssets(join(data, 'page')),
      documentFile: (id) => portal.resolveDocumentFile(id),
      isShareable: (id) => portal.isShareable(id),
    });
    const page = await openCopy({ folder: laoDir });
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    await expect(page.textContent('#copy-note')).resolves.toMatch(
      /^ສຳເນົານີ້ມີເອກະສານ 40 ສະບັບ.* ສ້າງໂດຍ ທີມຝຶກອົບຮົມ /,
    );
    await expect(page.textContent('label[for="copy-query"]')).resolves.toBe('ຄົ້ນຫາ');
    const labels = await page
      .locator('#copy-browse label')
      .evaluateAll((all) => all.map((label) => label.firstChild?.textContent));
    expect(labels).toEqual(['ປະເທດ', 'ຫົວຂໍ້', 'ອົງການ', 'ປະເພດ']);
    await expect(page.locator('select[name="country"] option').first().textContent()).resolves.toBe(
      'ທັງໝົດ',
    );
    const taxonomy = await portal.api.taxonomy();
    if (!taxonomy.ok) throw new Error(taxonomy.error.message);
    const laoNames = new Set(taxonomy.value.countries.map((c) => c.names.lo || c.name));
    const shown = await page
      .locator('select[name="country"] option')
      .evaluateAll((options) =>
        options.slice(1).map((o) => o.textContent!.replace(/ \(\d+\)$/, '')),
      );
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(laoNames).toContain(name);
    await search(page, 'zzzzqqq');
    await expect(page.textContent('#copy-count')).resolves.toBe('ບໍ່ພົບເອກະສານທີ່ກົງກັນ.');
    await search(page, 'trafficking');
    await expect(page.textContent('#copy-count')).resolves.toMatch(/^ເອກະສານ \d+ ສະບັບ$/);
  });

  it('opens a reading list with the list’s own note on top, as text, then its documents in order', async () => {
    const [first, second] = (await engineHits('')).hits.map((hit) => hit.document);
    const listDir = join(data, 'list-copy');
    await exportSite(portal.api, {
      folder: listDir,
      selection: {
        list: {
          title: 'Day two',
          note: 'Read both before <b>Tuesday</b>.',
          items: [{ documentId: second!.id }, { documentId: first!.id }],
        },
      },
      madeBy: 'Regional training team',
      madeAt: new Date('2026-03-01T09:30:00Z'),
      language: 'en',
      pageAssets: buildPageAssets(join(data, 'page')),
      documentFile: (id) => portal.resolveDocumentFile(id),
      isShareable: (id) => portal.isShareable(id),
    });
    const page = await openCopy({ folder: listDir });
    const note = page.locator('#copy-list-note');
    await expect(note.textContent()).resolves.toBe('\nRead both before <b>Tuesday</b>.\n');
    expect(await note.locator('b').count()).toBe(0);
    const noteTop = (await note.boundingBox())!.y;
    expect(noteTop).toBeLessThan((await page.locator('#copy-results').boundingBox())!.y);
    expect(await page.locator('.copy-result-title a').allTextContents()).toEqual([
      second!.title,
      first!.title,
    ]);
  });

  it('finds documents in English, in Vietnamese without tone marks and in Thai', async () => {
    const page = await openCopy();
    expect((await search(page, 'digital evidence'))[0]).toMatch(/^documents\/en-digital-evidence-/);
    expect((await search(page, 'tai hoa nhap cong dong'))[0]).toMatch(
      /^documents\/vi-ho-tro-nan-nhan-tro-ve-/,
    );
    expect((await search(page, 'ลูกเรือประมง'))[0]).toMatch(
      /^documents\/th-fishing-labour-inspection-/,
    );
  });

  it('browses by country', async () => {
    const page = await openCopy();
    await page.selectOption('select[name="country"]', 'LA');
    await page.waitForFunction(() => location.hash.includes('country=LA'));
    const shown = await page.locator('.copy-result').count();
    expect(shown).toBe((await engineHits('', 'LA')).total);
    const metas = await page.locator('.copy-result-meta').allTextContents();
    for (const meta of metas) expect(meta).toContain('Lao PDR');
  });

  it("links a PDF hit to the page the app names, in a file identical to the library's", async () => {
    const page = await openCopy();
    await search(page, 'tai hoa nhap cong dong');
    const link = page.locator('.copy-result-title a').first();
    await expect.poll(() => link.getAttribute('data-page')).not.toBeNull();
    const href = (await link.getAttribute('href'))!;
    const [file, fragment] = href.split('#');
    const hit = (await engineHits('tai hoa nhap cong dong')).hits[0]!;
    expect(fragment).toBe(`page=${hit.pages[0]!.page}`);
    const bytes = readFileSync(join(copyDir, file!));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hit.document.id);
  });

  it('finds Thai by its clusters when the browser has no Intl.Segmenter', async () => {
    const page = await openCopy({ withoutSegmenter: true });
    await expect(page.evaluate(() => typeof Intl.Segmenter)).resolves.toBe('undefined');
    expect((await search(page, 'ลูกเรือประมง'))[0]).toMatch(
      /^documents\/th-fishing-labour-inspection-/,
    );
    expect((await search(page, 'เมียวดี'))[0]).toMatch(/^documents\/th-call-centre-gangs-/);
  });
});
