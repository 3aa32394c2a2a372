// The addresses a classroom can reach this computer at: its non-loopback IPv4 addresses.
import type { NetworkInterfaceInfo } from 'node:os';

export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  return [...new Set(addresses)];
}
