// Search as you type, as a new user meets it: the home page leaves the search box alone, so its
// tip "Press /" works; "/" reaches the box and is then typed like any other character (statute
// numbers such as 21/2007); the word being typed finds the longer words it starts ("digi" finds
// "digital"), and Enter searches the exact words typed.
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/e2e-session.ts';
import {
  currentRoute,
  engineTitles,
  focusedElement,
  resultTitles,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('search-as-you-type');

describe('the search box on the home page', () => {
  it('has no focus on start; "/" puts the cursor in it, and there "/" is typed into the query', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/');
    expect(await focusedElement(page), 'nothing takes focus on start').not.toBe('search-input');

    await page.keyboard.press('/');
    expect(await focusedElement(page)).toBe('search-input');
    expect(await page.getByTestId('search-input').inputValue(), 'the "/" only moved focus').toBe(
      '',
    );

    await page.keyboard.type('2019/2020', { delay: 30 });
    expect(await page.getByTestId('search-input').inputValue()).toBe('2019/2020');
    await waitForResults(page, '2019/2020');
    expect(currentRoute(page)).toBe('/search?q=2019/2020');
    const typed = await engineTitles(portal, { query: '2019/2020', typing: true });
    expect(typed.length).toBeGreaterThan(0);
    expect(await resultTitles(page)).toEqual(typed);

    await page.getByTestId('search-input').fill('');
    await page.keyboard.type('21/2007', { delay: 30 });
    expect(await page.getByTestId('search-input').inputValue()).toBe('21/2007');
    await waitForResults(page, '21/2007');
    expect(await resultTitles(page)).toEqual(
      await engineTitles(portal, { query: '21/2007', typing: true }),
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('search-results').getAttribute('data-typing'))
      .toBe('false');
    expect(await resultTitles(page)).toEqual(await engineTitles(portal, { query: '21/2007' }));
  });
});

describe('the word being typed', () => {
  it('finds the words it starts while typing, and only whole words once Enter is pressed', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('digi', { delay: 30 });
    await waitForResults(page, 'digi');
    expect(await page.getByTestId('search-results').getAttribute('data-typing')).toBe('true');
    expect(await page.getByTestId('no-results').count(), 'no "No documents match"').toBe(0);
    const typed = await engineTitles(portal, { query: 'digi', typing: true });
    expect(typed.length).toBeGreaterThan(0);
    expect(await resultTitles(page)).toEqual(typed);

    // A hit opened now highlights the words the unfinished one stood for.
    const link = page.getByTestId('result-page-link').first();
    expect(await link.getAttribute('href')).toMatch(/[?&]q=digi\*$/);

    // Enter submits the search: for "digi" exactly, which nothing holds.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('no-results').count()).toBe(1);
    expect(await engineTitles(portal, { query: 'digi' })).toEqual([]);

    // Typing again reads the new last word as unfinished once more.
    await page.getByTestId('search-input').focus();
    await page.keyboard.type('tal evid', { delay: 30 });
    expect(await page.getByTestId('search-input').inputValue()).toBe('digital evid');
    await waitForResults(page, 'digital evid');
    expect(await page.getByTestId('search-results').getAttribute('data-typing')).toBe('true');
    expect(await resultTitles(page)).toEqual(
      await engineTitles(portal, { query: 'digital evid', typing: true }),
    );
    // A space finishes the word.
    await page.keyboard.type(' ', { delay: 30 });
    await expect
      .poll(() => page.getByTestId('search-results').getAttribute('data-typing'))
      .toBe('false');
  });
});
