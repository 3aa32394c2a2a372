// Which names a browser may use to reach the server. A web page on another site whose name has
// been pointed at this computer (DNS rebinding) reaches the same socket, but its requests carry
// that site's name in the Host header: only this computer's own names and addresses are served.
import type { NetworkInterfaceInfo } from 'node:os';
import { hostName, LOOPBACK_NAMES } from './access-policy.ts';

export interface MachineIdentity {
  /** The computer's name (os.hostname()). */
  name: string;
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** How an address is written as the host of a URL: IPv6 in brackets, without a zone. */
function urlHost(address: string): string {
  if (!address.includes(':')) return address.toLowerCase();
  return `[${address.split('%')[0]!.toLowerCase()}]`;
}

/**
 * The host names a server bound to `boundHost` answers to: the loopback names always; the
 * address it is bound to; and, when it listens on every interface (the classroom), each of the
 * machine's addresses, its name and its name under .local (mDNS).
 */
export function acceptedHostNames(boundHost: string, machine: () => MachineIdentity): Set<string> {
  const names = new Set<string>(LOOPBACK_NAMES);
  names.add(urlHost(boundHost));
  if (boundHost === '0.0.0.0' || boundHost === '::') {
    const { interfaces, name: machineName } = machine();
    for (const info of Object.values(interfaces).flatMap((list) => list ?? []))
      names.add(urlHost(info.address));
    const name = machineName.toLowerCase();
    if (name) {
      names.add(name);
      names.add(name.endsWith('.local') ? name : `${name}.local`);
    }
  }
  return names;
}

export function isAcceptedHost(host: string | undefined, accepted: ReadonlySet<string>): boolean {
  const name = hostName(host);
  return name !== null && accepted.has(name.replace(/\.$/, ''));
}
