import { describe, expect, it } from 'vitest';
import {
  ACCESS_LEVELS,
  answer,
  declareMethods,
  methodAccess,
  PORTAL_METHODS,
} from '#shared/api-methods.ts';
import { createPortalBridge } from '#preload/portal-bridge.ts';
import { createHttpClient } from '#renderer/api/http-client.ts';
import { httpAccess } from '#core/http/access-policy.ts';

describe('the method table', () => {
  it('gives every method one of the access levels', () => {
    for (const method of PORTAL_METHODS) expect(ACCESS_LEVELS).toContain(methodAccess(method));
  });

  it('does not compile a method without an access rule, or with one it does not know', () => {
    const declared = declareMethods({
      // @ts-expect-error a method must say who may call it
      listPacks: { answer: answer<string[]>() },
      // @ts-expect-error 'public' is not an access level
      sharePack: { access: 'public', argument: ['id', 'bookmarkId'], answer: answer<true>() },
      readPack: { access: 'read', argument: ['id', 'bookmarkId'], answer: answer<true>() },
      // @ts-expect-error an argument names one of the argument schemas
      findPack: { access: 'read', argument: ['id', 'packId'], answer: answer<true>() },
    });
    expect(Object.keys(declared)).toEqual(['listPacks', 'sharePack', 'readPack', 'findPack']);
  });
});

describe('what is derived from the table', () => {
  it('the preload bridge has exactly one function per method, each invoking its own channel', async () => {
    const invoked: unknown[][] = [];
    const bridge = createPortalBridge(async (...args) => {
      invoked.push(args);
      return { ok: true, value: null };
    });
    expect(Object.keys(bridge).sort()).toEqual([...PORTAL_METHODS].sort());
    await bridge.getDocument('a'.repeat(64));
    await bridge.stats();
    expect(invoked).toEqual([['portal:getDocument', 'a'.repeat(64)], ['portal:stats']]);
  });

  it('the HTTP client has exactly one function per method, each posting to its own address', async () => {
    const urls: string[] = [];
    const client = createHttpClient({
      baseUrl: 'http://127.0.0.1:8765/',
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify({ ok: true, value: 1 }));
      },
    });
    expect(Object.keys(client).sort()).toEqual([...PORTAL_METHODS].sort());
    for (const method of PORTAL_METHODS) {
      const call = client[method] as (...args: unknown[]) => Promise<unknown>;
      await call();
    }
    expect(urls).toEqual(PORTAL_METHODS.map((m) => `http://127.0.0.1:8765/api/${m}`));
  });

  it('HTTP opens only read methods to visitors, user data to this computer, and nothing else', () => {
    for (const method of PORTAL_METHODS) {
      const access = methodAccess(method);
      expect(httpAccess(method, false).allowed, method).toBe(access === 'read');
      expect(httpAccess(method, true).allowed, method).toBe(
        access === 'read' || access === 'user-data',
      );
    }
  });
});
