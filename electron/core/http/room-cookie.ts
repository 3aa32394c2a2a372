// The cookie that keeps a visitor's room code after the address with the code was opened, so the
// code leaves the address bar (and the browser's history) at once. HttpOnly: no script reads it;
// SameSite=Strict: no other site's page sends it; no expiry: it ends with the browser session, and
// a new `portal serve` makes a new code anyway.
export const ROOM_COOKIE_NAME = 'portal_room';

export function roomCookieHeader(roomCode: string): string {
  return `${ROOM_COOKIE_NAME}=${roomCode}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of one cookie in a Cookie header, or null; malformed pairs are ignored. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}
