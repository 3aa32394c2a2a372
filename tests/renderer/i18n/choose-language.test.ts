import { describe, expect, it } from 'vitest';
import { chooseLanguage, interfaceLanguageOf } from '#renderer/i18n/choose-language.ts';

describe('the language the interface starts in', () => {
  it("is the reader's saved choice, whatever the system prefers", () => {
    expect(chooseLanguage('km', ['vi-VN', 'en-US'])).toBe('km');
  });

  it('is otherwise the first system language the interface is written in', () => {
    expect(chooseLanguage(null, ['my-MM', 'th-TH', 'en-GB'])).toBe('th');
    expect(chooseLanguage(null, ['vi'])).toBe('vi');
    expect(chooseLanguage(null, ['id_ID'])).toBe('id');
  });

  it('is English when the system prefers none of them, or says nothing', () => {
    expect(chooseLanguage(null, ['fil-PH', 'my'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});

describe('a language tag', () => {
  it('names a language of the interface by its primary subtag, in any case', () => {
    expect(interfaceLanguageOf('LO-la')).toBe('lo');
    expect(interfaceLanguageOf(' km-KH ')).toBe('km');
    expect(interfaceLanguageOf('zh-Hant-TW')).toBeNull();
    expect(interfaceLanguageOf('')).toBeNull();
  });
});
