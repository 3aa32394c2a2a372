// Who gets past the room code. A browser on this computer always does; a visitor does with the
// room's code, given once in the address (then kept in a cookie and taken out of the address) or
// already in the cookie. Everyone else gets the page asking for the code, on every route, and an
// address that gave too many wrong codes is refused until its window passes.
import { isRoomCode, ROOM_QUERY_PARAMETER } from './room-code.ts';
import type { RoomCodeAttempts } from './room-code-attempts.ts';
import { readCookie, ROOM_COOKIE_NAME, roomCookieHeader } from './room-cookie.ts';

export interface GateRequest {
  pathname: string;
  /** The query string, with or without its "?". */
  search: string;
  cookieHeader: string | undefined;
  fromThisComputer: boolean;
  /** The address wrong codes are counted under (attemptClient). */
  client: string;
}

export type GateDecision =
  | { kind: 'pass' }
  /** The code was in the address: keep it in the cookie and go to the same address without it. */
  | { kind: 'admit'; location: string; setCookie: string }
  | { kind: 'refuse'; wrongCode: boolean }
  /** Too many wrong codes from this address: nothing is let in for this many milliseconds. */
  | { kind: 'locked'; retryAfterMs: number };

const PASS: GateDecision = { kind: 'pass' };

/**
 * With no room code (a server for this computer only) everyone passes. Without `attempts`, wrong
 * codes are not counted.
 */
export function decideRoomAccess(
  request: GateRequest,
  roomCode: string | null,
  attempts?: RoomCodeAttempts,
): GateDecision {
  if (roomCode === null || request.fromThisComputer) return PASS;
  const { client } = request;
  const locked = () => {
    const retryAfterMs = attempts?.lockedFor(client) ?? null;
    return retryAfterMs === null ? null : ({ kind: 'locked', retryAfterMs } as const);
  };
  const refused = (given: string, wrongCode: boolean): GateDecision => {
    attempts?.wrong(client, given);
    return locked() ?? { kind: 'refuse', wrongCode };
  };
  const lockedNow = locked();
  if (lockedNow) return lockedNow;

  const query = new URLSearchParams(request.search);
  const given = query.get(ROOM_QUERY_PARAMETER);
  if (given !== null) {
    if (!isRoomCode(given, roomCode)) return refused(given, true);
    attempts?.right(client);
    query.delete(ROOM_QUERY_PARAMETER);
    const rest = query.toString();
    return {
      kind: 'admit',
      location: rest ? `${request.pathname}?${rest}` : request.pathname,
      setCookie: roomCookieHeader(roomCode),
    };
  }
  const kept = readCookie(request.cookieHeader, ROOM_COOKIE_NAME);
  if (kept === null) return { kind: 'refuse', wrongCode: false };
  // A cookie is a try too (a script can send any), though a stale one is no typing mistake.
  return isRoomCode(kept, roomCode) ? PASS : refused(kept, false);
}
