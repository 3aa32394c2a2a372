// The classroom's room code: a short random code shared on the board or as a QR code, without
// which a visitor on the network gets nothing from the server. Its alphabet leaves out characters
// that are easily confused when read aloud or copied from a screen (0/O, 1/I/L, U/V).
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const ROOM_CODE_LENGTH = 6;
/** The query parameter an address carries the code in (http://192.168.1.10:8765/?room=K7P2QX). */
export const ROOM_QUERY_PARAMETER = 'room';

export function createRoomCode(pick: (max: number) => number = randomInt): string {
  return Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[pick(ROOM_CODE_ALPHABET.length)],
  ).join('');
}

/** A code as people type it: any case, with spaces or dashes between groups. */
export function normaliseRoomCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Whether a code someone gave is the room's, in time that does not depend on how much of it is
 * right: both are hashed to the same length first, since timingSafeEqual needs equal lengths.
 */
export function isRoomCode(given: string, roomCode: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(normaliseRoomCode(given)), digest(roomCode));
}

/** The address to share: the server's address with the code in its query. */
export function addressWithRoomCode(address: string, roomCode: string): string {
  const url = new URL(address);
  url.searchParams.set(ROOM_QUERY_PARAMETER, roomCode);
  return url.href;
}
