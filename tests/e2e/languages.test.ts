// The interface in the languages of the region: a reader switches it to Thai, Lao, Khmer or Burmese from
// the language menu with the keyboard, sees it change at once, finds it still so after a reload,
// and every glyph is drawn with the fonts the app bundles (no boxes for missing glyphs, no system
// font standing in). On first start the interface follows the system's language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '#renderer/i18n/en.json' with { type: 'json' };
import km from '#renderer/i18n/km.json' with { type: 'json' };
import lo from '#renderer/i18n/lo.json' with { type: 'json' };
import my from '#renderer/i18n/my.json' with { type: 'json' };
import th from '#renderer/i18n/th.json' with { type: 'json' };
import vi from '#renderer/i18n/vi.json' with { type: 'json' };
import { INTERFACE_LANGUAGES } from '#renderer/i18n/languages.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { waitForResults } from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('languages');

/** The language of the option that has focus in the open language menu, if one has. */
function focusedLanguage(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.language ?? null,
  );
}

/** Opens the language menu from the keyboard, moves to the language with the arrows, chooses it. */
async function chooseLanguageWithKeyboard(page: Page, code: string): Promise<void> {
  await page.getByTestId('language-menu').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLanguage(page)).not.toBeNull();
  for (let step = 0; step < INTERFACE_LANGUAGES.length; step += 1) {
    if ((await focusedLanguage(page)) === code) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await focusedLanguage(page)).toBe(code);
  await page.keyboard.press('Enter');
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

/** What the header says in the interface language: the search box's label and placeholder. */
async function searchBoxWords(
  page: Page,
): Promise<{ label: string | null; placeholder: string | null }> {
  const input = page.getByTestId('search-input');
  return {
    label: await input.getAttribute('aria-label'),
    placeholder: await input.getAttribute('placeholder'),
  };
}

/** Fonts Chromium drew an element's text with, as its developer tools report them. */
async function fontsUsedFor(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/**
 * The script's bundled font has loaded and covers the sample (document.fonts.check is true only
 * when every face the text needs is loaded), and the element's text was drawn with web fonts
 * only, the script's own among them: a glyph missing from them would bring in a system font.
 */
async function expectDrawnWithBundledFont(
  page: Page,
  family: string,
  sample: string,
  selector: string,
) {
  await page.evaluate(() => document.fonts.ready);
  const state = await page.evaluate(
    ({ family, sample }) => ({
      covered: document.fonts.check(`16px "${family}"`, sample),
      loaded: [...document.fonts]
        .filter((face) => face.family.replaceAll('"', '') === family)
        .map((face) => face.status),
    }),
    { family, sample },
  );
  expect(state.covered, `${family} covers ${sample}`).toBe(true);
  expect(state.loaded, `${family} faces and their status`).toContain('loaded');
  const fonts = await fontsUsedFor(page, selector);
  expect(
    fonts.filter((font) => !font.isCustomFont),
    JSON.stringify(fonts),
  ).toEqual([]);
  expect(fonts.map((font) => font.familyName).join(), JSON.stringify(fonts)).toContain(family);
}

describe('the language menu', () => {
  it('switches the home screen to Thai from the keyboard, at once, and the choice survives a reload', async () => {
    const { page } = session;
    await session.open('/');
    expect(await searchBoxWords(page)).toEqual({
      label: en.search.inputLabel,
      placeholder: en.search.placeholder,
    });

    await chooseLanguageWithKeyboard(page, 'th');
    const inThai = { label: th.search.inputLabel, placeholder: th.search.placeholder };
    expect(await searchBoxWords(page)).toEqual(inThai);
    expect(await page.locator('#page-title').textContent()).toBe(th.home.title);
    expect(await page.title()).toBe(`${th.home.title} · ${th.app.name}`);
    expect(
      await page
        .getByRole('navigation', { name: th.nav.label })
        .getByRole('link', { name: th.nav.bookmarks })
        .count(),
    ).toBe(1);
    // Focus is back on the menu button, which names the new language in its own script.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'language-menu',
    );
    expect(await page.getByTestId('language-menu').textContent()).toContain('ไทย');
    expect(await page.getByTestId('announcer').textContent()).toBe(
      th.language.changed.replace('{{language}}', 'ไทย'),
    );

    await page.reload();
    await page.locator('#page-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await searchBoxWords(page)).toEqual(inThai);
    await expectDrawnWithBundledFont(page, 'Noto Sans Thai', 'ภาษาไทย', '#page-title');
    await saveScreenshot(page, 'home-th');
  });

  it('names every language in its own script, drawn with the bundled fonts, and closes on Escape', async () => {
    const { page } = session;
    await session.open('/');
    await page.getByTestId('language-menu').focus();
    await page.keyboard.press('ArrowDown');
    const options = page.getByTestId('language-option');
    expect(await options.allTextContents()).toEqual(INTERFACE_LANGUAGES.map((l) => l.name));
    expect(
      await options.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang'))),
    ).toEqual(INTERFACE_LANGUAGES.map((l) => l.code));
    expect(await focusedLanguage(page)).toBe('en');
    await page.keyboard.press('End');
    expect(await focusedLanguage(page)).toBe(INTERFACE_LANGUAGES.at(-1)!.code);
    await page.keyboard.press('ArrowDown');
    expect(await focusedLanguage(page)).toBe(INTERFACE_LANGUAGES[0].code);

    for (const [family, code, name] of [
      ['Noto Sans Thai', 'th', 'ไทย'],
      ['Noto Sans Lao', 'lo', 'ລາວ'],
      ['Noto Sans Khmer', 'km', 'ខ្មែរ'],
      ['Noto Sans Myanmar', 'my', 'မြန်မာ'],
    ] as const) {
      await expectDrawnWithBundledFont(
        page,
        family,
        name,
        `[data-testid="language-option"][lang="${code}"]`,
      );
    }

    await page.keyboard.press('Escape');
    expect(await options.first().isVisible()).toBe(false);
    expect(await page.getByTestId('language-menu').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'language-menu',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('switches search results to Lao, with the count written in Lao', async () => {
    const { page } = session;
    const query = 'victim';
    const answer = await session.served.portal.api.search({ query, limit: 1 });
    if (!answer.ok) throw new Error(answer.error.message);
    await session.open(`/search?q=${query}`);
    await waitForResults(page, query);

    await chooseLanguageWithKeyboard(page, 'lo');
    expect(await searchBoxWords(page)).toEqual({
      label: lo.search.inputLabel,
      placeholder: lo.search.placeholder,
    });
    const count = new Intl.NumberFormat('lo').format(answer.value.total);
    expect(await page.getByTestId('result-count').textContent()).toBe(
      lo.search.count_other.replace('{{count}}', count),
    );
    expect(await page.getByRole('complementary', { name: lo.facets.label }).count()).toBe(1);

    await page.reload();
    await waitForResults(page, query);
    expect(await page.getByTestId('result-count').textContent()).toBe(
      lo.search.count_other.replace('{{count}}', count),
    );
    await expectDrawnWithBundledFont(
      page,
      'Noto Sans Lao',
      'ພາສາລາວ',
      '[data-testid="result-count"]',
    );
    await saveScreenshot(page, 'search-lo');
  });

  it("switches Cambodia's page to Khmer", async () => {
    const { page } = session;
    await session.open('/country/KH');
    await page.locator('[data-testid="country-page"][data-country="KH"]').waitFor();

    await chooseLanguageWithKeyboard(page, 'km');
    expect(await searchBoxWords(page)).toEqual({
      label: km.search.inputLabel,
      placeholder: km.search.placeholder,
    });
    expect(await page.getByRole('heading', { name: km.country.figuresTitle }).count()).toBe(1);

    await page.reload();
    await page.locator('[data-testid="country-page"][data-country="KH"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    await expectDrawnWithBundledFont(page, 'Noto Sans Khmer', 'ភាសាខ្មែរ', 'h2');
    await saveScreenshot(page, 'country-km', { fullPage: true });
  });

  it('switches the home screen to Burmese, with its example searches, drawn with the bundled font', async () => {
    const { page } = session;
    await session.open('/');
    await chooseLanguageWithKeyboard(page, 'my');
    expect(await page.locator('#page-title').textContent()).toBe(my.home.title);
    expect(await page.locator('.search-tips dd').allTextContents()).toContain(
      my.home.tipPrefix.replace('{{stem}}', my.home.tipPrefixQuery.replace(/\*$/, '')),
    );
    await expectDrawnWithBundledFont(page, 'Noto Sans Myanmar', 'မြန်မာဘာသာ', '#page-title');
    await saveScreenshot(page, 'home-my');
  });
});

describe('the first start', () => {
  /** This page's browser reports these preferred languages, as a system set up for them would. */
  async function preferLanguages(page: Page, languages: string[]): Promise<void> {
    await page.addInitScript((preferred) => {
      Object.defineProperty(navigator, 'languages', { get: () => preferred });
    }, languages);
  }

  it("follows the system's language, with numbers written the way it writes them", async () => {
    const { page } = session;
    const stats = await session.served.portal.api.stats();
    if (!stats.ok) throw new Error(stats.error.message);
    await preferLanguages(page, ['zh-CN', 'vi-VN', 'en-US']);
    await session.open('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('#page-title').textContent()).toBe(vi.home.title);
    const number = new Intl.NumberFormat('vi');
    expect(await page.getByTestId('library-stats').textContent()).toBe(
      vi.home.stats
        .replace('{{documents}}', number.format(stats.value.documents))
        .replace('{{pages}}', number.format(stats.value.pages))
        .replace('{{countries}}', number.format(stats.value.countries)),
    );
  });

  it('is in English when the system prefers no language of the interface', async () => {
    const { page } = session;
    await preferLanguages(page, ['zh-CN', 'ja-JP']);
    await session.open('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#page-title').textContent()).toBe(en.home.title);
  });
});
