import { describe, expect, it } from 'vitest';
import { ipcChannel } from '#shared/ipc-channel.ts';
import { isTrustedSender, registerApiHandlers } from '#main/ipc-handlers.ts';
import type { InvokeEvent, IpcMainLike } from '#main/ipc-handlers.ts';
import { createPortalBridge } from '#preload/portal-bridge.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import type { PortalApi, Result } from '#shared/api.ts';
import {
  createInMemoryApi,
  DOCUMENT_ID,
  invalidArguments,
  validArguments,
} from '../helpers/portal-fixtures.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/**
 * Electron's ipcMain cannot run outside Electron; this stands in for it at the boundary, holding
 * the registered handlers and invoking them the way Electron does (event first, then the
 * renderer's arguments). Like Electron, it refuses a second handler on one channel.
 */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<Result<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener(event, ...args);
  }
}

const fromApp: InvokeEvent = { senderFrame: { url: 'app://portal/index.html' } };

function setUp() {
  const ipcMain = new FakeIpcMain();
  const api = createInMemoryApi();
  registerApiHandlers(ipcMain, () => api);
  return { ipcMain, api };
}

describe('registerApiHandlers', () => {
  it('registers one handler per method of the contract, and no other', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(PORTAL_METHODS.map(ipcChannel).sort());
    expect(PORTAL_METHODS).toHaveLength(57);
  });

  it.each(PORTAL_METHODS)('%s: valid arguments reach the engine', async (method) => {
    const { ipcMain, api } = setUp();
    const result = await ipcMain.invoke(ipcChannel(method), fromApp, ...validArguments[method]);
    expect(result.ok ? 'ok' : result.error.code).not.toBe('invalid-argument');
    expect(api.calls).toEqual([{ method, args: validArguments[method] }]);
  });

  it.each(PORTAL_METHODS)(
    '%s: invalid arguments come back as invalid-argument, naming the method',
    async (method) => {
      const { ipcMain, api } = setUp();
      const result = await ipcMain.invoke(ipcChannel(method), fromApp, ...invalidArguments[method]);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: expect.stringContaining(method) },
      });
      expect(api.calls).toEqual([]);
    },
  );

  it('names the field at fault', async () => {
    const { ipcMain } = setUp();
    const result = await ipcMain.invoke(ipcChannel('saveBookmark'), fromApp, {
      documentId: 'x',
      page: 1,
      note: '',
    });
    expect(!result.ok && result.error.message).toBe(
      'saveBookmark: input.documentId must be a document id (64 lower-case hexadecimal characters)',
    );
  });

  it('returns a thrown error as a failure', async () => {
    const ipcMain = new FakeIpcMain();
    const api: PortalApi = {
      ...createInMemoryApi(),
      search: () => Promise.reject(new Error('disk I/O error')),
    };
    registerApiHandlers(ipcMain, () => api);
    expect(await ipcMain.invoke(ipcChannel('search'), fromApp, { query: 'x' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'search failed: disk I/O error' },
    });
  });

  it.each([
    { senderFrame: null },
    { senderFrame: { url: 'https://example.org/' } },
    { senderFrame: { url: 'file:///home/user/page.html' } },
    { senderFrame: { url: 'app://elsewhere/index.html' } },
  ])('refuses calls from a frame that is not the app: %j', async (event) => {
    const { ipcMain, api } = setUp();
    expect(isTrustedSender(event)).toBe(false);
    const result = await ipcMain.invoke(ipcChannel('listBookmarks'), event, null);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(api.calls).toEqual([]);
  });

  it('asks for the engine on every call, so the library can be reopened', async () => {
    const ipcMain = new FakeIpcMain();
    let engine = createInMemoryApi();
    registerApiHandlers(ipcMain, () => engine);
    const first = engine;
    engine = createInMemoryApi();
    await ipcMain.invoke(ipcChannel('stats'), fromApp);
    expect(first.calls).toEqual([]);
    expect(engine.calls).toEqual([{ method: 'stats', args: [] }]);
  });
});

describe('the preload bridge', () => {
  it('exposes exactly the contract', () => {
    const bridge = createPortalBridge(() => Promise.resolve(null));
    expect(Object.keys(bridge).sort()).toEqual([...PORTAL_METHODS].sort());
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes portal:<method> with the arguments as given', async () => {
    const invoked: unknown[][] = [];
    const bridge = createPortalBridge(async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, value: null };
    });
    await bridge.getDocument(DOCUMENT_ID);
    await bridge.stats();
    expect(invoked).toEqual([['portal:getDocument', DOCUMENT_ID], ['portal:stats']]);
  });

  it.each(PORTAL_METHODS)(
    '%s: a call from the page travels to the engine and back',
    async (method) => {
      const { ipcMain, api } = setUp();
      const bridge = createPortalBridge((channel, ...args) =>
        ipcMain.invoke(channel, fromApp, ...args),
      );
      const call = bridge[method] as (...args: unknown[]) => Promise<Result<unknown>>;
      const result = await call(...validArguments[method]);
      expect(result.ok ? 'ok' : result.error.code).not.toBe('invalid-argument');
      expect(api.calls).toEqual([{ method, args: validArguments[method] }]);
    },
  );
});
