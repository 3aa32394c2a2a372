import { describe, expect, it } from 'vitest';
import { callApiMethod } from '#core/serving/call-api.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import type { PortalApi } from '#shared/api.ts';
import {
  createInMemoryApi,
  invalidArguments,
  validArguments,
} from '../../helpers/portal-fixtures.ts';

describe('callApiMethod', () => {
  it.each(PORTAL_METHODS)('%s: valid arguments reach the engine unchanged', async (method) => {
    const api = createInMemoryApi();
    const result = await callApiMethod(api, method, validArguments[method]);
    expect(result.ok ? 'ok' : result.error.code).not.toBe('invalid-argument');
    expect(api.calls).toEqual([{ method, args: validArguments[method] }]);
  });

  it.each(PORTAL_METHODS)('%s: invalid arguments never reach the engine', async (method) => {
    const api = createInMemoryApi();
    const result = await callApiMethod(api, method, invalidArguments[method]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(new RegExp(`^${method}`)) },
    });
    expect(api.calls).toEqual([]);
  });

  it('returns a thrown error as a failure', async () => {
    const api: PortalApi = {
      ...createInMemoryApi(),
      stats: () => Promise.reject(new Error('database is locked')),
    };
    expect(await callApiMethod(api, 'stats', [])).toEqual({
      ok: false,
      error: { code: 'failed', message: 'stats failed: database is locked' },
    });
  });
});
