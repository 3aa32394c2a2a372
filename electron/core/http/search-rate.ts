// Searches counted per client address, so that one device looping searches cannot take the
// library from the rest of the room: each address has a bucket of searches that refills at a
// steady rate (a token bucket). Typing fills a burst; a script looping is slowed to the refill
// rate. Only searches count: a PDF's reader asks for many ranges of its file, and those cost
// little. The table holds a bounded number of addresses, forgetting the longest idle first.

export interface SearchRateLimits {
  /** Searches an address may make at once, after a pause. */
  burst: number;
  /** Searches per second the bucket refills. */
  perSecond: number;
  /** Addresses tracked at once. */
  maxClients: number;
}

export const DEFAULT_SEARCH_RATE_LIMITS: SearchRateLimits = {
  burst: 30,
  perSecond: 3,
  maxClients: 10_000,
};

export interface SearchRate {
  /** Counts a search from the address: null when it may run, else milliseconds to wait. */
  take(client: string): number | null;
  /** Addresses tracked now. */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createSearchRate(
  limits: SearchRateLimits = DEFAULT_SEARCH_RATE_LIMITS,
  now: () => number = Date.now,
): SearchRate {
  // In the order of last use (a bucket is inserted again when used), so the idlest leads.
  const buckets = new Map<string, Bucket>();
  return {
    take(client) {
      const at = now();
      const previous = buckets.get(client);
      const refilled = previous
        ? Math.min(
            limits.burst,
            previous.tokens + (Math.max(0, at - previous.at) / 1000) * limits.perSecond,
          )
        : limits.burst;
      buckets.delete(client);
      if (buckets.size >= limits.maxClients) {
        const idlest = buckets.keys().next();
        if (!idlest.done) buckets.delete(idlest.value);
      }
      const allowed = refilled >= 1;
      buckets.set(client, { tokens: allowed ? refilled - 1 : refilled, at });
      return allowed ? null : Math.ceil(((1 - refilled) / limits.perSecond) * 1000);
    },
    size: () => buckets.size,
  };
}
