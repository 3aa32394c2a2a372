// Who may call what over HTTP, decided by each method's access in the method table. Only `read`
// and `user-data` are ever opened to HTTP: the library is read-only to every HTTP client, and the
// user's own bookmarks and notes are served only to a browser on the same machine, while visitors
// from the network keep theirs in their own browser. Any other access is refused.
import type { PortalMethod } from '#shared/api.ts';
import { methodAccess } from '#shared/api-methods.ts';
import type { Access } from '#shared/api-methods.ts';

export interface HttpClient {
  /** The socket's remote address, as Node reports it (IPv4, IPv6 or IPv4-mapped IPv6). */
  remoteAddress: string | undefined;
  /** The Host header the browser sent. */
  host: string | undefined;
}

export type AccessDecision = { allowed: true } | { allowed: false; message: string };

export const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

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

const ALLOWED: AccessDecision = { allowed: true };

/** Every access level must be decided here; a new one is refused until it is. */
const HTTP_ACCESS: Record<
  Access,
  (method: PortalMethod, userStoreWritable: boolean) => AccessDecision
> = {
  read: () => ALLOWED,
  'user-data': (method, userStoreWritable) =>
    userStoreWritable
      ? ALLOWED
      : {
          allowed: false,
          message: `Bookmarks, notes and reading lists are kept by the computer that serves the library only for its own browser; ${method} is not available to visitors.`,
        },
  'library-write': (method) => ({
    allowed: false,
    message: `The library is read-only over the network: ${method} is available in the desktop app only.`,
  }),
  'local-only': (method) => ({
    allowed: false,
    message: `${method} needs the desktop app's own window and is not available over the network.`,
  }),
};

export function httpAccess(method: PortalMethod, userStoreWritable: boolean): AccessDecision {
  return HTTP_ACCESS[methodAccess(method)](method, userStoreWritable);
}
