// A participant in the classroom highlights a passage: the trainer's laptop keeps nothing of it,
// their own browser does, and shows it again when the document is opened again.
import { describe, expect, it } from 'vitest';
import { LOCAL_HIGHLIGHTS_KEY } from '#renderer/highlights/local-highlights.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { documentIdByTitle } from '#scripts/portal-ui/portal-screens.ts';

const ROOM_CODE = 'K7P2QX';
const session = useE2eSession('visitor-highlights', {
  roomCode: ROOM_CODE,
  isThisComputer: () => false,
});

const DO_NO_HARM =
  'Do No Harm in Frontline Work with Trafficked People: An Introduction to the ASEAN Guide';
const QUOTE = 'Every intervention carries risk.';

describe("a classroom visitor's highlight", () => {
  it('is kept in their own browser, not on the laptop serving the room', async () => {
    const { page } = session;
    const { portal, url } = session.served;
    const id = await documentIdByTitle(portal, DO_NO_HARM);
    await page.goto(`${url}?room=${ROOM_CODE}`);
    await page.locator('#page-title').waitFor();
    await page.goto(`${url}#/doc/${id}`);
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
      .getByRole('button', { name: 'Highlight in Blue' })
      .click();
    await expect.poll(() => reader.getByTestId('passage-mark').count()).toBeGreaterThan(0);

    const kept = await page.evaluate((key) => localStorage.getItem(key), LOCAL_HIGHLIGHTS_KEY);
    expect(JSON.parse(kept ?? '[]')).toMatchObject([
      { documentId: id, page: 1, exact: QUOTE, colour: 'blue' },
    ]);
    expect(await portal.api.listHighlights(null)).toEqual({ ok: true, value: [] });

    await page.reload();
    await reader.getByText(QUOTE, { exact: false }).waitFor();
    await expect.poll(() => reader.getByTestId('passage-mark').count()).toBeGreaterThan(0);
    expect(await reader.getByTestId('passage-mark').first().getAttribute('data-colour')).toBe(
      'blue',
    );
  });
});
