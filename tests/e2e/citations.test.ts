// A Vietnamese prosecutor copies the citation of a page of the handbook on mutual legal
// assistance: the clipboard names the publisher as the taxonomy names it in Vietnamese, with
// Vietnamese words. They switch to APA and to the document's own language in the citation's
// choices, and find both still chosen after a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentIdByTitle, waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('citations');

const HANDBOOK = 'Handbook on Mutual Legal Assistance in Trafficking in Persons Cases (Viet Nam)';
const PUBLISHER_VI = 'Viện kiểm sát nhân dân tối cao';

const shownCitation = (page: Page) =>
  page.getByTestId('citation-button').getAttribute('data-citation');

async function copiedCitation(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByTestId('citation-button').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function choose(page: Page, testId: string, value: string): Promise<void> {
  const select = page.getByTestId(testId);
  if (!(await select.isVisible())) await page.locator('.citation-choices > summary').click();
  await select.selectOption(value);
}

describe('copying a citation', () => {
  it('names the organisation in the interface language, in the style and language the reader chose', async () => {
    const page = await session.newPage({ locale: 'vi-VN' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const id = await documentIdByTitle(session.served.portal, HANDBOOK);
    await session.open(`/doc/${id}?page=3`, page);
    await waitForReaderPage(page, 3);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('.document-header .meta-line').textContent()).toContain(PUBLISHER_VI);

    const plain = await copiedCitation(page);
    expect(plain).toBe(`${HANDBOOK}, ${PUBLISHER_VI}, 2022, tr. 3`);
    expect(plain).not.toContain('Procuracy');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining(plain));

    await choose(page, 'citation-style', 'apa');
    await expect
      .poll(() => shownCitation(page))
      .toBe(`${PUBLISHER_VI}. (2022). ${HANDBOOK} (tr. 3).`);
    expect(await copiedCitation(page)).toBe(`${PUBLISHER_VI}. (2022). ${HANDBOOK} (tr. 3).`);

    // The handbook is written in English: cited in its language, the publisher keeps its name.
    await choose(page, 'citation-language', 'document');
    await expect
      .poll(() => shownCitation(page))
      .toBe(`Supreme People's Procuracy [Viet Nam]. (2022). ${HANDBOOK} (p. 3).`);

    await saveScreenshot(page, 'citation-choices-vi');
    await page.reload();
    await waitForReaderPage(page, 3);
    expect(await page.getByTestId('citation-style').inputValue()).toBe('apa');
    expect(await page.getByTestId('citation-language').inputValue()).toBe('document');
    expect(await shownCitation(page)).toMatch(
      /^Supreme People's Procuracy \[Viet Nam\]\. \(2022\)/,
    );
  });
});
