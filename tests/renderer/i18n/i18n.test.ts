// The interface strings as the app uses them: plurals chosen by each language's rules, numbers
// written for the language inside any string.
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '#renderer/i18n/i18n.ts';

let i18n: I18n;

beforeAll(async () => {
  i18n = await initI18n('en');
});

describe('interface strings', () => {
  it('take the plural form English needs', () => {
    const t = i18n.getFixedT('en');
    expect(t('common.documentCount', { count: 1 })).toBe('1 document');
    expect(t('common.documentCount', { count: 3 })).toBe('3 documents');
  });

  it('take the one form Vietnamese and Indonesian have, whatever the number', () => {
    expect(i18n.getFixedT('vi')('common.documentCount', { count: 1 })).toBe('1 tài liệu');
    expect(i18n.getFixedT('id')('search.noMatchFilters', { count: 1 })).toMatch(/^1 filter /);
  });

  it('write every number they hold for the language', () => {
    const stats = { documents: 1204, pages: 38250, countries: 10 };
    expect(i18n.getFixedT('en')('home.stats', stats)).toBe(
      '1,204 documents · 38,250 pages · 10 countries',
    );
    expect(i18n.getFixedT('vi')('home.stats', stats)).toBe(
      '1.204 tài liệu · 38.250 trang · 10 quốc gia',
    );
    expect(i18n.getFixedT('id')('reader.viewport', { page: 1500, count: 2000 })).toMatch(
      /^Halaman 1\.500 dari 2\.000\./,
    );
  });

  it('leave text values as they are', () => {
    expect(i18n.getFixedT('vi')('search.titleFor', { query: '2024 "victim"' })).toBe(
      'Kết quả cho “2024 "victim"”',
    );
  });

  it('change language at once', async () => {
    await i18n.changeLanguage('id');
    expect(i18n.t('nav.bookmarks')).toBe('Penanda');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.bookmarks')).toBe('Bookmarks');
  });
});
