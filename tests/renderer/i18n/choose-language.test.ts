import { describe, expect, it } from 'vitest';
import { chooseLanguage, interfaceLanguageOf } from '#renderer/i18n/choose-language.ts';

describe('the language the interface starts in', () => {
  it("is the reader's saved choice, whatever the system prefers", () => {
    expect(chooseLanguage('km', ['vi-VN', 'en-US'])).toBe('km');
  });

  it('is otherwise the first system language the interface is written in', () => {
    expect(chooseLanguage(null, ['ja-JP', 'th-TH', 'en-GB'])).toBe('th');
    expect(chooseLanguage(null, ['vi'])).toBe('vi');
    expect(chooseLanguage(null, ['id_ID'])).toBe('id');
    expect(chooseLanguage(null, ['zh-CN', 'my-MM', 'en'])).toBe('my');
    expect(chooseLanguage(null, ['ms-MY', 'en'])).toBe('ms');
    expect(chooseLanguage(null, ['fil-PH'])).toBe('fil');
    expect(chooseLanguage(null, ['tl-PH', 'en'])).toBe('fil');
  });

  it('is English when the system prefers none of them, or says nothing', () => {
    expect(chooseLanguage(null, ['zh-CN', 'ja'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});

describe('a language tag', () => {
  it('names a language of the interface by its primary subtag, in any case', () => {
    expect(interfaceLanguageOf('LO-la')).toBe('lo');
    expect(interfaceLanguageOf(' km-KH ')).toBe('km');
    expect(interfaceLanguageOf('FIL-ph')).toBe('fil');
    expect(interfaceLanguageOf('ms_MY')).toBe('ms');
    expect(interfaceLanguageOf('zh-Hant-TW')).toBeNull();
    expect(interfaceLanguageOf('')).toBeNull();
  });
});
