import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '#renderer/bookmarks/local-bookmarks.ts';
import { createHighlightStore } from '#renderer/highlights/highlight-store.ts';
import { createInMemoryApi, DOCUMENT_ID, validArguments } from '../../helpers/portal-fixtures.ts';

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)) };
}

const [input] = validArguments.saveHighlight;

describe('createHighlightStore', () => {
  it('keeps highlights through the API for this computer’s own user', async () => {
    const api = createInMemoryApi();
    const storage = memoryStorage();
    const store = createHighlightStore(api, storage);
    const saved = await store.save(input);
    expect(saved.ok).toBe(true);
    expect(await store.list(DOCUMENT_ID)).toMatchObject({
      ok: true,
      value: [{ note: input.note }],
    });
    expect(api.calls.map((c) => c.method)).toEqual(['saveHighlight', 'listHighlights']);
    expect(storage.getItem('tip-portal.highlights.v1')).toBeNull();
  });

  it('keeps a visitor’s in the browser and never asks the server', async () => {
    const api = createInMemoryApi();
    const store = createHighlightStore(api, memoryStorage(), 'browser');
    const saved = await store.save(input);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await store.update({ id: saved.value.id, colour: 'blue' })).toMatchObject({
      ok: true,
      value: { colour: 'blue' },
    });
    expect(await store.list(null)).toMatchObject({ ok: true, value: [{ colour: 'blue' }] });
    expect(await store.delete(saved.value.id)).toEqual({ ok: true, value: true });
    expect(api.calls).toEqual([]);
  });

  it('moves to the browser when the server refuses', async () => {
    const api = createInMemoryApi();
    api.saveHighlight = async () => ({
      ok: false,
      error: { code: 'forbidden', message: 'Not for visitors.' },
    });
    const store = createHighlightStore(api, memoryStorage());
    expect(await store.save(input)).toMatchObject({ ok: true, value: { exact: input.exact } });
    expect(await store.list(DOCUMENT_ID)).toMatchObject({ ok: true, value: [{ id: 1 }] });
    expect(api.calls.map((c) => c.method)).toEqual([]);
  });
});
