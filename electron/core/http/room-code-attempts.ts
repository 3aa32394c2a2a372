// Wrong room codes counted per client address, so that nobody on the network can guess the code
// by trying them all: after too many wrong codes in a window, the address is refused until the
// window passes, even with the right code. Each distinct wrong code counts once, so a page still
// holding last session's code in its cookie, asking again and again, costs its visitor one try.
// The table forgets windows that have passed and holds a bounded number of addresses.
import { createHash } from 'node:crypto';
import { normaliseRoomCode } from './room-code.ts';

export interface AttemptLimits {
  /** Wrong codes an address may give in one window; the last of them locks it. */
  maxWrong: number;
  windowMs: number;
  /** Addresses tracked at once; beyond it the oldest window is forgotten. */
  maxClients: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = {
  maxWrong: 10,
  windowMs: 10 * 60_000,
  maxClients: 10_000,
};

export interface RoomCodeAttempts {
  /** How long until the address may try again, in milliseconds, or null when it may now. */
  lockedFor(client: string): number | null;
  /** A wrong code from the address. */
  wrong(client: string, code: string): void;
  /** The right code: the address's wrong codes are forgotten. */
  right(client: string): void;
  /** Addresses tracked now. */
  size(): number;
}

interface Window {
  startedAt: number;
  /** Digests of the distinct wrong codes, so the table never keeps what people typed. */
  codes: Set<string>;
}

/** The address a client is counted under: an IPv4 address however the socket reports it. */
export function attemptClient(remoteAddress: string | undefined): string {
  const address = remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

export function createRoomCodeAttempts(
  limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS,
  now: () => number = Date.now,
): RoomCodeAttempts {
  // In the order the windows started (a new window is inserted again), so the passed ones lead.
  const windows = new Map<string, Window>();
  const ended = (window: Window, at: number) => at >= window.startedAt + limits.windowMs;

  const forgetEnded = (at: number) => {
    for (const [client, window] of windows) {
      if (!ended(window, at)) return;
      windows.delete(client);
    }
  };

  const current = (client: string, at: number): Window | null => {
    const window = windows.get(client);
    return window && !ended(window, at) ? window : null;
  };

  return {
    lockedFor(client) {
      const at = now();
      const window = current(client, at);
      return window && window.codes.size >= limits.maxWrong
        ? window.startedAt + limits.windowMs - at
        : null;
    },
    wrong(client, code) {
      const at = now();
      forgetEnded(at);
      let window = current(client, at);
      if (window === null) {
        windows.delete(client);
        if (windows.size >= limits.maxClients) {
          const oldest = windows.keys().next();
          if (!oldest.done) windows.delete(oldest.value);
        }
        window = { startedAt: at, codes: new Set() };
        windows.set(client, window);
      }
      if (window.codes.size < limits.maxWrong)
        window.codes.add(createHash('sha256').update(normaliseRoomCode(code)).digest('base64'));
    },
    right(client) {
      windows.delete(client);
    },
    size: () => windows.size,
  };
}
