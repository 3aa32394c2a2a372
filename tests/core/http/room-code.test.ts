import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  addressWithRoomCode,
  createRoomCode,
  isRoomCode,
  normaliseRoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from '#core/http/room-code.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe('createRoomCode', () => {
  it('makes six characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = createRoomCode();
      expect(code).toHaveLength(ROOM_CODE_LENGTH);
      for (const c of code) expect(ROOM_CODE_ALPHABET).toContain(c);
    }
  });

  it('leaves out characters people confuse', () => {
    for (const c of '01OILUV') expect(ROOM_CODE_ALPHABET).not.toContain(c);
  });

  it('draws every character from the random source it is given', () => {
    const picks: number[] = [];
    const code = createRoomCode((max) => (picks.push(max), 0));
    expect(code).toBe(ROOM_CODE_ALPHABET[0]!.repeat(ROOM_CODE_LENGTH));
    expect(picks).toEqual(Array(ROOM_CODE_LENGTH).fill(ROOM_CODE_ALPHABET.length));
  });
});

describe('isRoomCode', () => {
  it.each([
    ['K7P2QX', true],
    ['k7p2qx', true],
    [' K7P-2QX ', true],
    ['K7P2QY', false],
    ['K7P2Q', false],
    ['K7P2QXX', false],
    ['', false],
  ])('%j is the code K7P2QX: %s', (given, expected) => {
    expect(isRoomCode(given, 'K7P2QX')).toBe(expected);
  });

  it('compares in constant time, whatever the lengths', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    isRoomCode('A', 'K7P2QX');
    expect(compare).toHaveBeenCalledTimes(1);
    const [a, b] = compare.mock.calls[0]!;
    expect((a as Buffer).length).toBe((b as Buffer).length);
  });
});

describe('normaliseRoomCode and addressWithRoomCode', () => {
  it('accepts the code as people type it', () => {
    expect(normaliseRoomCode('k7p 2qx')).toBe('K7P2QX');
  });

  it('puts the code in the address to share', () => {
    expect(addressWithRoomCode('http://192.168.1.10:8765/', 'K7P2QX')).toBe(
      'http://192.168.1.10:8765/?room=K7P2QX',
    );
  });
});
