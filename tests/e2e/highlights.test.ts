// A judge marks a passage: selects a sentence on a page of the guidelines, highlights it green
// with a note, finds it highlighted again on that page after a reload, in the bookmarks list, and
// in the Markdown export with its citation. A quote the page no longer has is listed, not lost.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '#shared/citation.ts';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { documentIdByTitle, waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('highlights');

const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';
const NOTE = 'Read out at the Savannakhet appeal hearing.';
const PAGE = 2;
const DO_NO_HARM =
  'Do No Harm in Frontline Work with Trafficked People: An Introduction to the ASEAN Guide';
const QUOTE = 'Every intervention carries risk. An interview can retraumatise';

/**
 * Drags the mouse across the longest line of text on the page, from its first letter to its last:
 * what a judge would select. A line may be drawn as many pieces (Lao is), so pieces side by side
 * count as one line.
 */
async function selectLongestLine(page: Page): Promise<string> {
  const line = await page
    .locator('[data-testid="reader-page"] .textLayer')
    .first()
    .evaluate((layer) => {
      const rows = new Map<number, { chars: number; spans: Element[] }>();
      for (const span of layer.querySelectorAll('span')) {
        const box = span.getBoundingClientRect();
        const text = span.textContent?.trim() ?? '';
        if (text === '' || box.width === 0) continue;
        const key = Math.round((box.top + box.bottom) / 6);
        const row = rows.get(key) ?? { chars: 0, spans: [] };
        rows.set(key, { chars: row.chars + text.length, spans: [...row.spans, span] });
      }
      const longest = [...rows.values()].sort((a, b) => b.chars - a.chars)[0];
      if (longest === undefined) throw new Error('The page has no text to select.');
      longest.spans[0]!.scrollIntoView({ block: 'nearest' });
      const boxes = longest.spans.map((span) => span.getBoundingClientRect());
      return {
        left: Math.min(...boxes.map((b) => b.left)),
        right: Math.max(...boxes.map((b) => b.right)),
        y: (boxes[0]!.top + boxes[0]!.bottom) / 2,
      };
    });
  await page.mouse.move(line.left + 1, line.y);
  await page.mouse.down();
  await page.mouse.move((line.left + line.right) / 2, line.y, { steps: 4 });
  await page.mouse.move(line.right - 1, line.y, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** The highlight marks drawn over the page, each with its colour and its box. */
function marks(page: Page) {
  return page.locator('[data-testid="reader-page"] [data-testid="passage-mark"]');
}

describe('a highlighted passage', () => {
  it.each([
    ['vi', 'vi-VN', 'Tóm tắt Sổ tay tương trợ tư pháp trong giải quyết các vụ án mua bán người'],
    ['lo', 'lo-LA', 'ແນວທາງສານທີ່ຄຳນຶງເຖິງຜູ້ຖືກເຄາະຮ້າຍ ໃນຄະດີການຄ້າມະນຸດ (ສະຫຼຸບຫຍໍ້)'],
    ['en', 'en-GB', 'Trafficking in Persons Data Toolkit'],
  ])(
    'is highlighted on a page in %s, whole words and marks kept',
    async (language, locale, title) => {
      const page = await session.newPage({ locale, viewport: { width: 1366, height: 768 } });
      const { portal } = session.served;
      const id = await documentIdByTitle(portal, title);
      await session.open(`/doc/${id}?page=1`, page);
      await waitForReaderPage(page, 1);
      const selected = (await selectLongestLine(page)).replace(/\s+/g, ' ').trim();
      expect(selected.length).toBeGreaterThan(5);
      // Letters the PDF keeps only in /ActualText (Lao stacked marks) are selected, not U+0000.
      expect(selected).not.toContain('\u0000');
      await page.getByTestId('passage-toolbar').waitFor();
      await page.getByTestId('highlight-yellow').click();
      await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
      const stored = await portal.api.listHighlights(id);
      if (!stored.ok) throw new Error(stored.error.message);
      const saved = stored.value.at(-1)!;
      // The quote is the text as selected, in NFC: no letter or mark lost on the way.
      expect(saved.exact.replace(/\s+/g, ' ').trim()).toBe(selected.normalize('NFC'));
      expect(saved.exact).not.toContain('\u0000');
      await saveScreenshot(page, `reader-highlighted-passage-${language}`);
      await portal.api.deleteHighlight(saved.id);
    },
  );

  it('is kept with its note, shown again on its page, listed and exported with its citation', async () => {
    const { page } = session;
    const { portal } = session.served;
    const id = await documentIdByTitle(portal, GUIDELINES);
    const detail = await portal.api.getDocument(id);
    if (!detail.ok) throw new Error(detail.error.message);
    const citation = formatCitation(detail.value, { number: PAGE, label: null });

    await session.open(`/doc/${id}?page=${PAGE}`);
    await waitForReaderPage(page, PAGE);
    const selected = (await selectLongestLine(page)).replace(/\s+/g, ' ').trim();
    expect(selected.length).toBeGreaterThan(10);

    // The keyboard's way in: the reader's button takes the focus to the toolbar's note.
    const toolbar = page.getByTestId('passage-toolbar');
    await toolbar.waitFor();
    await page.getByRole('button', { name: 'Highlight selection' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('passage-note');
    await page.keyboard.type(NOTE);
    await saveScreenshot(page, 'reader-passage-toolbar');
    await expectNoBlockingViolations(page, 'the reader with the highlight toolbar open');
    await toolbar.getByRole('button', { name: 'Highlight in Green' }).click();
    await toolbar.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      'the focus is back on the button that took it to the toolbar',
    ).toBe('highlight-selection');

    const stored = await portal.api.listHighlights(id);
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value).toHaveLength(1);
    const [saved] = stored.value;
    expect(saved).toMatchObject({ page: PAGE, colour: 'green', note: NOTE });
    expect(selected).toContain(saved!.exact.slice(0, 10));
    expect(saved!.exact).toBe(saved!.exact.normalize('NFC'));

    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
    expect(await marks(page).first().getAttribute('data-colour')).toBe('green');
    await marks(page)
      .first()
      .evaluate((mark) => mark.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'reader-highlighted-passage');

    await page.reload();
    await waitForReaderPage(page, PAGE);
    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
    expect(await marks(page).first().getAttribute('data-highlight-id')).toBe(String(saved!.id));
    // The mark lies over the quoted text itself.
    const overlap = await page.evaluate(() => {
      const mark = document.querySelector('[data-testid="passage-mark"]')!.getBoundingClientRect();
      const hits = document.elementsFromPoint(mark.x + mark.width / 2, mark.y + mark.height / 2);
      return hits.find((e) => e.closest('.textLayer') && e.tagName === 'SPAN')?.textContent ?? '';
    });
    expect(saved!.exact).toContain(overlap.trim().slice(0, 10));
    expect(await page.getByTestId('passages-not-found').count()).toBe(0);

    await session.open('/bookmarks');
    const list = page.getByTestId('bookmark-list');
    await list.waitFor();
    expect(await list.getByRole('heading', { level: 2 }).textContent()).toBe(GUIDELINES);
    const item = list.getByTestId('highlight-item');
    expect(await item.getAttribute('data-colour')).toBe('green');
    expect(await item.getByTestId('highlight-quote').textContent()).toBe(saved!.exact);
    expect(await item.getByTestId('highlight-note').inputValue()).toBe(NOTE);
    await saveScreenshot(page, 'bookmarks-with-highlights');
    await expectNoBlockingViolations(page, 'bookmarks with a highlighted passage');

    await page.getByTestId('note-filter').fill('savannakhet');
    expect(await page.getByTestId('highlight-count').textContent()).toBe('1 highlight');
    await page.getByTestId('note-filter').fill('no such words anywhere');
    await expect.poll(() => page.getByTestId('highlight-count').textContent()).toBe('0 highlights');
    await page.getByTestId('note-filter').fill('');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download highlights (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('highlighted-passages.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain(`> ${saved!.exact}`);
    expect(markdown).toContain(`— ${citation}`);
    expect(markdown).toContain(`Note: ${NOTE}`);

    await page.getByRole('link', { name: 'Printable page of highlights' }).click();
    await page.getByTestId('highlights-handout').waitFor();
    expect(await page.getByTestId('handout-citation').textContent()).toBe(citation);
  });

  it('works the same in a Markdown document, and is listed with its notes', async () => {
    const { page } = session;
    const { portal } = session.served;
    const id = await documentIdByTitle(portal, DO_NO_HARM);
    await session.open(`/doc/${id}`);
    const reader = page.getByTestId('markup-reader');
    await reader.getByText(QUOTE, { exact: false }).waitFor();
    await page.evaluate((quote) => {
      const paragraph = [...document.querySelectorAll('.markup-document p')].find((p) =>
        p.textContent?.startsWith(quote),
      )!;
      paragraph.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 0);
      range.setEnd(paragraph.firstChild!, quote.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, QUOTE);
    await page
      .getByTestId('passage-toolbar')
      .getByRole('button', { name: 'Highlight in Pink' })
      .click();
    await expect
      .poll(async () => {
        const stored = await portal.api.listHighlights(id);
        return stored.ok ? stored.value.map((h) => [h.page, h.exact, h.colour]) : stored.error;
      })
      .toEqual([[1, QUOTE, 'pink']]);

    await page.reload();
    await reader.getByText(QUOTE, { exact: false }).waitFor();
    await expect.poll(() => reader.getByTestId('passage-mark').count()).toBeGreaterThan(0);
    expect(await reader.getByTestId('passage-mark').first().getAttribute('data-colour')).toBe(
      'pink',
    );
    await page.getByText('Bookmarks and notes (1)', { exact: true }).click();
    const listed = page.getByTestId('document-highlights').getByTestId('highlight-item');
    expect(await listed.getByTestId('highlight-quote').textContent()).toBe(QUOTE);
  });

  it('is listed as not found on its page when the text no longer has its quote', async () => {
    const { page } = session;
    const { portal } = session.served;
    const id = await documentIdByTitle(portal, GUIDELINES);
    const saved = await portal.api.saveHighlight({
      documentId: id,
      page: 3,
      prefix: '',
      exact: 'A sentence these guidelines never had',
      suffix: '',
      start: 0,
      colour: 'pink',
      note: '',
    });
    if (!saved.ok) throw new Error(saved.error.message);

    await session.open(`/doc/${id}?page=3`);
    await waitForReaderPage(page, 3);
    const notFound = page.getByTestId('passages-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('A sentence these guidelines never had');
    expect(await marks(page).count()).toBe(0);
    await portal.api.deleteHighlight(saved.value.id);
  });
});
