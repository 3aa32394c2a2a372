import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_PREFERENCE_KEY,
  saveLanguage,
  savedLanguage,
} from '#renderer/i18n/language-preference.ts';

/** The part of Web Storage the preference uses, kept in a Map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** Storage a browser refuses (private windows, locked-down kiosks). */
const blockedStorage = {
  getItem: (): string | null => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe("the reader's language preference", () => {
  it('is kept and read back', () => {
    const storage = memoryStorage();
    expect(savedLanguage(storage)).toBeNull();
    expect(saveLanguage(storage, 'lo')).toBe(true);
    expect(storage.items.get(LANGUAGE_PREFERENCE_KEY)).toBe('lo');
    expect(savedLanguage(storage)).toBe('lo');
  });

  it('is ignored when the stored value is no language of the interface', () => {
    expect(savedLanguage(memoryStorage({ [LANGUAGE_PREFERENCE_KEY]: 'xx' }))).toBeNull();
  });

  it('fails quietly when storage is blocked', () => {
    expect(savedLanguage(blockedStorage)).toBeNull();
    expect(saveLanguage(blockedStorage, 'th')).toBe(false);
  });
});
