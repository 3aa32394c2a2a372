import { describe, expect, it } from 'vitest';
import { readCookie, ROOM_COOKIE_NAME, roomCookieHeader } from '#core/http/room-cookie.ts';

describe('roomCookieHeader', () => {
  it('keeps the code from scripts and other sites, for the whole portal', () => {
    const header = roomCookieHeader('K7P2QX');
    expect(header.split('; ')).toEqual([
      `${ROOM_COOKIE_NAME}=K7P2QX`,
      'HttpOnly',
      'SameSite=Strict',
      'Path=/',
    ]);
  });
});

describe('readCookie', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['portal_room=K7P2QX', 'K7P2QX'],
    ['theme=dark; portal_room=K7P2QX; lang=th', 'K7P2QX'],
    ['xportal_room=NOPE', null],
    ['portal_room', null],
    ['portal_room=', ''],
  ])('%j gives %j', (header, expected) => {
    expect(readCookie(header, ROOM_COOKIE_NAME)).toBe(expected);
  });
});
