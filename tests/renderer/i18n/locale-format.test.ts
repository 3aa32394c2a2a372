import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDocumentDate,
  formatMoment,
  formatNumber,
} from '#renderer/i18n/locale-format.ts';

describe('numbers', () => {
  it('are grouped the way each language groups them', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'vi')).toBe('12.345');
    expect(formatNumber(12345, 'id')).toBe('12.345');
    expect(formatNumber(12345, 'th')).toBe('12,345');
  });
});

describe('dates', () => {
  it('are calendar days in the language, in Common Era years even in Thai', () => {
    expect(formatDay('2024-03-05', 'en')).toBe('March 5, 2024');
    expect(formatDay('2024-03-05', 'vi')).toBe('5 tháng 3, 2024');
    expect(formatDay('2024-03-05', 'id')).toBe('5 Maret 2024');
    expect(formatDay('2024-03-05', 'th')).toBe('5 มีนาคม ค.ศ. 2024');
  });

  it('are the same day in every time zone', () => {
    expect(formatDay('2024-12-31', 'en')).toBe('December 31, 2024');
  });

  it('fall back to what the catalog gives: a year, another date text, or nothing', () => {
    expect(formatDocumentDate({ date: '2023-11-20', year: 2023 }, 'id')).toBe('20 November 2023');
    expect(formatDocumentDate({ date: null, year: 2022 }, 'th')).toBe('2022');
    expect(formatDocumentDate({ date: '2021-06', year: 2021 }, 'en')).toBe('2021-06');
    expect(formatDocumentDate({ date: null, year: null }, 'en')).toBeNull();
  });

  it('of moments are written as a day', () => {
    expect(formatMoment('2024-03-05T12:00:00Z', 'en')).toBe('Mar 5, 2024');
  });
});
