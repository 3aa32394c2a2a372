import { describe, expect, it } from 'vitest';
import {
  CITATION_PREFERENCE_KEY,
  DEFAULT_CITATION_PREFERENCE,
  saveCitationPreference,
  savedCitationPreference,
} from '#renderer/document/citation-preference.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const blockedStorage = {
  getItem: (): string | null => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe("the reader's citation preference", () => {
  it('is plain, in the interface language, until the reader chooses', () => {
    expect(savedCitationPreference(memoryStorage())).toEqual({
      style: 'plain',
      language: 'interface',
    });
  });

  it('is kept and read back', () => {
    const storage = memoryStorage();
    expect(saveCitationPreference(storage, { style: 'apa', language: 'document' })).toBe(true);
    expect(JSON.parse(storage.items.get(CITATION_PREFERENCE_KEY)!)).toEqual({
      style: 'apa',
      language: 'document',
    });
    expect(savedCitationPreference(storage)).toEqual({ style: 'apa', language: 'document' });
  });

  it('keeps what is valid of a damaged value and defaults the rest', () => {
    const read = (value: string) =>
      savedCitationPreference(memoryStorage({ [CITATION_PREFERENCE_KEY]: value }));
    expect(read('{"style":"apa","language":"klingon"}')).toEqual({
      style: 'apa',
      language: 'interface',
    });
    expect(read('{"style":"mla"}')).toEqual(DEFAULT_CITATION_PREFERENCE);
    expect(read('not json')).toEqual(DEFAULT_CITATION_PREFERENCE);
    expect(read('"apa"')).toEqual(DEFAULT_CITATION_PREFERENCE);
  });

  it('falls back to the default when storage is blocked', () => {
    expect(savedCitationPreference(blockedStorage)).toEqual(DEFAULT_CITATION_PREFERENCE);
    expect(saveCitationPreference(blockedStorage, DEFAULT_CITATION_PREFERENCE)).toBe(false);
  });
});
