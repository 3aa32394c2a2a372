import { describe, expect, it } from 'vitest';
import type { PortalApi, PortalMethod } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';
import { createReadingListSource } from '#renderer/reading-lists/reading-list-source.ts';

/** An API that answers every method with an empty list and records the calls. */
function server(calls: PortalMethod[]): PortalApi {
  return implementEveryMethod<PortalApi>((method) => async () => {
    calls.push(method);
    return { ok: true, value: [] };
  });
}

describe('createReadingListSource', () => {
  it('reads every list for this computer’s own user', async () => {
    const calls: PortalMethod[] = [];
    const source = createReadingListSource(server(calls), false);
    expect(source.role).toBe('owner');
    await source.lists();
    await source.list(3);
    expect(calls).toEqual(['listReadingLists', 'getReadingList']);
  });

  it('reads only the shared lists for a visitor, without first asking for the owner’s', async () => {
    const calls: PortalMethod[] = [];
    const source = createReadingListSource(server(calls), true);
    expect(source.role).toBe('visitor');
    await source.lists();
    await source.list(3);
    expect(calls).toEqual(['listSharedReadingLists', 'getSharedReadingList']);
  });
});
