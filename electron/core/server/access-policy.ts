// Who may call what over HTTP. The library is read-only to every HTTP client; the user's own
// bookmarks and notes are served only to a browser on the same machine, while visitors from the
// network keep theirs in their own browser.
import type { PortalMethod } from '../../shared/api.ts';

export interface HttpClient {
  /** The socket's remote address, as Node reports it (IPv4, IPv6 or IPv4-mapped IPv6). */
  remoteAddress: string | undefined;
  /** The Host header the browser sent. */
  host: string | undefined;
}

export type AccessDecision = { allowed: true } | { allowed: false; message: string };

const LIBRARY_WRITES: ReadonlySet<PortalMethod> = new Set([
  'updateMetadata',
  'chooseFiles',
  'addFiles',
  'cancelIngest',
]);
const USER_STORE: ReadonlySet<PortalMethod> = new Set([
  'listBookmarks',
  'saveBookmark',
  'deleteBookmark',
]);
const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

/** The host name of a Host header without its port, in lower case (IPv6 keeps its brackets). */
export function hostName(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/**
 * A client on this machine that addressed the server by a loopback name. Both halves matter: the
 * address proves where the connection comes from, and the Host header proves the page was not
 * loaded from another site whose name was re-pointed at 127.0.0.1 (DNS rebinding).
 */
export function isSameMachineClient(client: HttpClient): boolean {
  const name = hostName(client.host);
  return isLoopbackAddress(client.remoteAddress) && name !== null && LOOPBACK_NAMES.has(name);
}

/** A browser sends Origin on cross-site requests; one from another site is never served. */
export function isSameOriginRequest(origin: string | undefined, host: string | undefined): boolean {
  return origin === undefined || (host !== undefined && origin === `http://${host}`);
}

export function httpAccess(method: PortalMethod, userStoreWritable: boolean): AccessDecision {
  if (LIBRARY_WRITES.has(method)) {
    return {
      allowed: false,
      message: `The library is read-only over the network: ${method} is available in the desktop app only.`,
    };
  }
  if (USER_STORE.has(method) && !userStoreWritable) {
    return {
      allowed: false,
      message: `Bookmarks and notes are kept by the computer that serves the library only for its own browser; ${method} is not available to visitors.`,
    };
  }
  return { allowed: true };
}
