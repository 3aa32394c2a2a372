import { describe, expect, it } from 'vitest';
import { createSearchRate } from '#core/http/search-rate.ts';

const limits = { burst: 3, perSecond: 2, maxClients: 2 };

describe('searches counted per address', () => {
  it('allows a burst, then one search per refill, saying how long to wait', () => {
    let now = 0;
    const rate = createSearchRate(limits, () => now);
    expect([1, 2, 3].map(() => rate.take('10.0.0.5'))).toEqual([null, null, null]);
    expect(rate.take('10.0.0.5')).toBe(500);
    now = 499;
    expect(rate.take('10.0.0.5')).toBeGreaterThan(0);
    now = 500;
    expect(rate.take('10.0.0.5')).toBeNull();
    expect(rate.take('10.0.0.5')).toBe(500);
  });

  it('counts each address apart, and refills no more than the burst', () => {
    let now = 0;
    const rate = createSearchRate(limits, () => now);
    for (let i = 0; i < 3; i++) rate.take('10.0.0.5');
    expect(rate.take('10.0.0.6')).toBeNull();
    now = 60_000;
    expect([1, 2, 3, 4].map(() => rate.take('10.0.0.5'))).toEqual([null, null, null, 500]);
  });

  it('tracks a bounded number of addresses, forgetting the idlest', () => {
    const rate = createSearchRate(limits, () => 0);
    for (const client of ['a', 'b', 'c', 'd']) rate.take(client);
    expect(rate.size()).toBe(2);
  });
});
