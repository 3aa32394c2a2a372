import { describe, expect, it } from 'vitest';
import { decideRoomAccess } from '#core/http/room-gate.ts';
import type { GateRequest } from '#core/http/room-gate.ts';
import { roomCookieHeader } from '#core/http/room-cookie.ts';

const CODE = 'K7P2QX';
const visitor = (changes: Partial<GateRequest> = {}): GateRequest => ({
  pathname: '/',
  search: '',
  cookieHeader: undefined,
  fromThisComputer: false,
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
});
