// A reader of a Lao, Khmer, Thai or Burmese PDF printed by Chromium selects, copies and finds the
// same letters the library indexed: the PDF maps shaped glyphs to U+0000 and keeps the letters in
// /ActualText spans, and the reader's text layer takes them from there, as the index does (Burmese
// in logical order too). The documents are indexed into a library folder of the test's own.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { SAMPLE_LIBRARY } from '#scripts/portal-ui/sample-portal.ts';
import { waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { openOfflinePage } from './support/browser.ts';
import { serveDesktopLibrary } from './support/desktop-library.ts';

const DOCUMENTS: [language: string, file: string][] = [
  ['lo', join(SAMPLE_LIBRARY, 'documents/la-victim-sensitive-courts-lo.pdf')],
  ['km', join(SAMPLE_LIBRARY, 'documents/kh-victim-protection-standards-km.pdf')],
  ['th', join(SAMPLE_LIBRARY, 'documents/th-trauma-informed-judging-th.pdf')],
  ['my', resolve(import.meta.dirname, '../fixtures/pdf/burmese-guide.pdf')],
];
/** A Lao word whose stacked vowel the PDF keeps only in /ActualText: "summary". */
const LAO_WORD = 'ສະຫຼຸບ';
/** How many of the page's longest indexed words the text layer must hold. */
const WORDS_PER_PAGE = 5;

let work = '';
let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'portal-e2e-text-layer-')));
  const library = join(work, 'library');
  mkdirSync(library);
  for (const [language, file] of DOCUMENTS) copyFileSync(file, join(library, `${language}.pdf`));
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library);
  ({ server, browser } = await serveDesktopLibrary(portal, library));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The longest whitespace-separated words of the page's indexed text, without their spaces. */
function longestWords(text: string): string[] {
  const words = [...new Set(text.normalize('NFC').split(/\s+/))];
  return words.sort((a, b) => [...b].length - [...a].length).slice(0, WORDS_PER_PAGE);
}

describe('the text layer of a Chromium-printed PDF in a script that stacks its letters', () => {
  it.each(DOCUMENTS)('holds the letters the index holds (%s)', async (language, file) => {
    const id = createHash('sha256').update(readFileSync(file)).digest('hex');
    const pages = await portal!.api.getPages(id);
    if (!pages.ok) throw new Error(pages.error.message);
    expect(pages.value.length).toBeGreaterThan(0);
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    for (const { page: number, text } of pages.value) {
      await page.goto(`${server!.url}#/doc/${id}?page=${number}`);
      await waitForReaderPage(page, number);
      const layer = await page
        .locator('[data-testid="reader-page"] .textLayer')
        .evaluate((element) => element.textContent ?? '');
      const missingLetters = layer.split('\u0000').length - 1;
      console.log(`${language} page ${number}: ${missingLetters} U+0000 in the text layer`);
      expect(missingLetters, `U+0000 on page ${number}`).toBe(0);
      // Lines and made-up spaces are placed differently in the two; the letters are the same.
      const letters = layer.normalize('NFC').replace(/\s+/g, '');
      for (const word of longestWords(text))
        expect(letters, `page ${number} holds "${word}"`).toContain(word);
    }
    await opened.context.close();
    expect(opened.offsiteRequests, 'requests that left this machine').toEqual([]);
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('is where find in the document marks a word with letters kept only in /ActualText', async () => {
    const file = DOCUMENTS[0]![1];
    const id = createHash('sha256').update(readFileSync(file)).digest('hex');
    const opened = await openOfflinePage(browser!);
    const { page } = opened;
    await page.goto(`${server!.url}#/doc/${id}?page=1`);
    await waitForReaderPage(page, 1);
    await page.getByTestId('find-input').fill(LAO_WORD);
    const found = page.locator('[data-testid="reader-page"] .textLayer mark.hl--find');
    await expect.poll(() => found.count()).toBeGreaterThan(0);
    expect((await found.allTextContents()).join('')).toContain(LAO_WORD);
    await opened.context.close();
    expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
