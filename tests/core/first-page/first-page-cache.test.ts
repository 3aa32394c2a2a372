// The first-page images kept on disk: a hit is answered without waiting for its file to be marked
// as just used, and a trim still goes by that mark.
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPageCache } from '#core/first-page/first-page-cache.ts';

/** Marking a file as used waits until the test lets it go. */
let letTouchesGo = () => {};
let touchesHeld = Promise.resolve();

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    utimes: async (...args: Parameters<typeof actual.utimes>) => {
      await touchesHeld;
      return actual.utimes(...args);
    },
  };
});

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'portal-first-page-cache-'));
  touchesHeld = new Promise((release) => (letTouchesGo = release));
});
afterEach(() => {
  letTouchesGo();
  rmSync(folder, { recursive: true, force: true });
});

const image = (byte: number) => new Uint8Array(100).fill(byte);

describe('the first-page cache', () => {
  it('answers a hit before marking it as used, and trims by that mark', async () => {
    const cache = firstPageCache(folder, 250);
    await cache.write('older', image(1));
    await cache.write('newer', image(2));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(folder, 'older.webp'), longAgo, longAgo);

    const hit = cache.read('older');
    const answered = await Promise.race([
      hit.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000)),
    ]);
    expect(answered, 'answered while its file is still being marked').toBe(true);
    expect(await hit).toEqual(image(1));

    // Over the cap: the trim waits for the mark, so the image just read stays.
    const written = cache.write('newest', image(3));
    setTimeout(letTouchesGo, 50);
    await written;
    expect(readdirSync(folder).toSorted()).toEqual(['newest.webp', 'older.webp']);
  });
});
