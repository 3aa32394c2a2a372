import { describe, expect, it } from 'vitest';
import { decideRoomAccess } from '#core/http/room-gate.ts';
import type { GateRequest } from '#core/http/room-gate.ts';
import { createRoomCodeAttempts } from '#core/http/room-code-attempts.ts';
import { roomCookieHeader } from '#core/http/room-cookie.ts';

const CODE = 'K7P2QX';
const visitor = (changes: Partial<GateRequest> = {}): GateRequest => ({
  pathname: '/',
  search: '',
  cookieHeader: undefined,
  fromThisComputer: false,
  client: '192.168.1.23',
  ...changes,
});

describe('decideRoomAccess', () => {
  it('lets everyone in when there is no room code', () => {
    expect(decideRoomAccess(visitor(), null)).toEqual({ kind: 'pass' });
  });

  it('lets this computer in without a code', () => {
    expect(decideRoomAccess(visitor({ fromThisComputer: true }), CODE)).toEqual({ kind: 'pass' });
  });

  it('asks a visitor without a code for it, on every route', () => {
    for (const pathname of ['/', '/files/abc', '/api/search', '/assets/app.js'])
      expect(decideRoomAccess(visitor({ pathname }), CODE)).toEqual({
        kind: 'refuse',
        wrongCode: false,
      });
  });

  it('keeps the code from the address in the cookie and takes it out of the address', () => {
    expect(
      decideRoomAccess(
        visitor({ pathname: '/files/abc', search: '?download=1&room=k7p2qx' }),
        CODE,
      ),
    ).toEqual({
      kind: 'admit',
      location: '/files/abc?download=1',
      setCookie: roomCookieHeader(CODE),
    });
    expect(decideRoomAccess(visitor({ search: 'room=K7P2QX' }), CODE)).toMatchObject({
      location: '/',
    });
  });

  it('says when the code in the address is wrong, even with a good cookie', () => {
    const request = visitor({ search: '?room=AAAAAA', cookieHeader: `portal_room=${CODE}` });
    expect(decideRoomAccess(request, CODE)).toEqual({ kind: 'refuse', wrongCode: true });
  });

  it('lets in a visitor whose cookie holds the code, and no other', () => {
    expect(decideRoomAccess(visitor({ cookieHeader: `portal_room=${CODE}` }), CODE)).toEqual({
      kind: 'pass',
    });
    expect(decideRoomAccess(visitor({ cookieHeader: 'portal_room=OLDONE' }), CODE)).toEqual({
      kind: 'refuse',
      wrongCode: false,
    });
  });

  describe('with wrong codes counted', () => {
    const LIMITS = { maxWrong: 3, windowMs: 600_000, maxClients: 100 };
    let time = 0;
    const counted = () => createRoomCodeAttempts(LIMITS, () => time);

    it('locks out an address at its last allowed wrong code, then refuses even the right one', () => {
      const attempts = counted();
      const typed = (code: string, client = '192.168.1.23') =>
        decideRoomAccess(visitor({ search: `?room=${code}`, client }), CODE, attempts);
      expect(typed('AAAAAA')).toEqual({ kind: 'refuse', wrongCode: true });
      expect(typed('BBBBBB')).toEqual({ kind: 'refuse', wrongCode: true });
      expect(typed('CCCCCC')).toEqual({ kind: 'locked', retryAfterMs: 600_000 });
      time += 60_000;
      expect(typed(CODE)).toEqual({ kind: 'locked', retryAfterMs: 540_000 });
      const withCookie = visitor({ cookieHeader: `portal_room=${CODE}` });
      expect(decideRoomAccess(withCookie, CODE, attempts)).toMatchObject({ kind: 'locked' });
      expect(typed(CODE, '192.168.1.24')).toMatchObject({ kind: 'admit' });
      expect(decideRoomAccess(visitor({ fromThisComputer: true }), CODE, attempts)).toEqual({
        kind: 'pass',
      });
      time += 540_000;
      expect(typed(CODE)).toMatchObject({ kind: 'admit' });
    });

    it('counts a wrong cookie as a try, once however often it is sent, and a missing one not at all', () => {
      const attempts = counted();
      const stale = visitor({ cookieHeader: 'portal_room=OLDONE' });
      for (let n = 0; n < 5; n += 1) {
        expect(decideRoomAccess(stale, CODE, attempts)).toEqual({
          kind: 'refuse',
          wrongCode: false,
        });
        expect(decideRoomAccess(visitor(), CODE, attempts)).toEqual({
          kind: 'refuse',
          wrongCode: false,
        });
      }
      for (const guess of ['AAAAAA', 'BBBBBB'])
        decideRoomAccess(visitor({ cookieHeader: `portal_room=${guess}` }), CODE, attempts);
      expect(decideRoomAccess(stale, CODE, attempts)).toMatchObject({ kind: 'locked' });
    });
  });
});
