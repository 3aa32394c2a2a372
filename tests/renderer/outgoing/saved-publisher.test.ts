import { describe, expect, it } from 'vitest';
import {
  PUBLISHER_KEY,
  savedPublisher,
  savePublisher,
} from '#renderer/outgoing/saved-publisher.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("the publisher's name for packs and static copies", () => {
  it('is remembered for next time', () => {
    const storage = memoryStorage();
    expect(savedPublisher(storage)).toBe('');
    savePublisher(storage, 'Hanoi training team');
    expect(storage.items.get(PUBLISHER_KEY)).toBe('Hanoi training team');
    expect(savedPublisher(storage)).toBe('Hanoi training team');
  });

  it('is asked again when storage is refused, without failing', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: (): void => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(() => savePublisher(blocked, 'Trainer')).not.toThrow();
    expect(savedPublisher(blocked)).toBe('');
  });
});
