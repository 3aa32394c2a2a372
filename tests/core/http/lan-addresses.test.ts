import { describe, expect, it } from 'vitest';
import { lanAddresses } from '#core/http/lan-addresses.ts';

describe('lanAddresses', () => {
  it('lists external IPv4 addresses once each', () => {
    const common = { netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null };
    expect(
      lanAddresses({
        lo: [{ ...common, address: '127.0.0.1', family: 'IPv4', internal: true }],
        eth0: [
          { ...common, address: '192.168.1.10', family: 'IPv4', internal: false },
          { ...common, address: 'fe80::1', family: 'IPv6', internal: false, scopeid: 2 },
        ],
        wlan0: [{ ...common, address: '192.168.1.10', family: 'IPv4', internal: false }],
        down: undefined,
      }),
    ).toEqual(['192.168.1.10']);
  });
});
