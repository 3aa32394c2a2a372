// Who gets past the room code. A browser on this computer always does; a visitor does with the
// room's code, given once in the address (then kept in a cookie and taken out of the address) or
// already in the cookie. Everyone else gets the page asking for the code, on every route.
import { isRoomCode, ROOM_QUERY_PARAMETER } from './room-code.ts';
import { readCookie, ROOM_COOKIE_NAME, roomCookieHeader } from './room-cookie.ts';

export interface GateRequest {
  pathname: string;
  /** The query string, with or without its "?". */
  search: string;
  cookieHeader: string | undefined;
  fromThisComputer: boolean;
}

export type GateDecision =
  | { kind: 'pass' }
  /** The code was in the address: keep it in the cookie and go to the same address without it. */
  | { kind: 'admit'; location: string; setCookie: string }
  | { kind: 'refuse'; wrongCode: boolean };

const PASS: GateDecision = { kind: 'pass' };

/** With no room code (a server for this computer only) everyone passes. */
export function decideRoomAccess(request: GateRequest, roomCode: string | null): GateDecision {
  if (roomCode === null || request.fromThisComputer) return PASS;
  const query = new URLSearchParams(request.search);
  const given = query.get(ROOM_QUERY_PARAMETER);
  if (given !== null) {
    if (!isRoomCode(given, roomCode)) return { kind: 'refuse', wrongCode: true };
    query.delete(ROOM_QUERY_PARAMETER);
    const rest = query.toString();
    return {
      kind: 'admit',
      location: rest ? `${request.pathname}?${rest}` : request.pathname,
      setCookie: roomCookieHeader(roomCode),
    };
  }
  const kept = readCookie(request.cookieHeader, ROOM_COOKIE_NAME);
  if (kept !== null && isRoomCode(kept, roomCode)) return PASS;
  return { kind: 'refuse', wrongCode: false };
}
