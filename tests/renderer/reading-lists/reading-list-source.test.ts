import { describe, expect, it } from 'vitest';
import type { PortalApi, PortalMethod, Result } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';
import { createReadingListSource } from '#renderer/reading-lists/reading-list-source.ts';

const forbidden = {
  ok: false as const,
  error: { code: 'forbidden' as const, message: 'not available to visitors' },
};
const failed = {
  ok: false as const,
  error: { code: 'failed' as const, message: 'The library server cannot be reached.' },
};

/** An API answering the owner's methods as told, the shared ones always; calls are recorded. */
function server(ownerAnswer: () => Result<never[]>, calls: PortalMethod[]): PortalApi {
  return implementEveryMethod<PortalApi>((method) => async () => {
    calls.push(method);
    const ownerOnly = method === 'listReadingLists' || method === 'getReadingList';
    return ownerOnly ? ownerAnswer() : { ok: true, value: [] };
  });
}

describe('createReadingListSource', () => {
  it('reads every list for the owner', async () => {
    const calls: PortalMethod[] = [];
    const source = createReadingListSource(
      server(() => ({ ok: true, value: [] }), calls),
      'browser',
    );
    expect(await source.role()).toBe('owner');
    await source.lists();
    await source.list(3);
    expect(calls).toEqual(['listReadingLists', 'listReadingLists', 'getReadingList']);
  });

  it('reads the shared lists once the server refuses the owner’s, and asks only once', async () => {
    const calls: PortalMethod[] = [];
    const source = createReadingListSource(
      server(() => forbidden, calls),
      'browser',
    );
    await source.lists();
    await source.list(3);
    expect(await source.role()).toBe('visitor');
    expect(calls).toEqual(['listReadingLists', 'listSharedReadingLists', 'getSharedReadingList']);
  });

  it('asks again after a failure that is not a refusal', async () => {
    const calls: PortalMethod[] = [];
    let answer: Result<never[]> = failed;
    const source = createReadingListSource(
      server(() => answer, calls),
      'browser',
    );
    expect(await source.role()).toBe('owner');
    answer = forbidden;
    expect(await source.role()).toBe('visitor');
    expect(calls).toEqual(['listReadingLists', 'listReadingLists']);
  });

  it('knows the desktop app is the owner without asking', async () => {
    const calls: PortalMethod[] = [];
    const source = createReadingListSource(
      server(() => forbidden, calls),
      'desktop',
    );
    expect(await source.role()).toBe('owner');
    expect(calls).toEqual([]);
  });
});
