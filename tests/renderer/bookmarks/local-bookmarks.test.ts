import { describe, expect, it } from 'vitest';
import { LOCAL_BOOKMARKS_KEY, LocalBookmarks } from '#renderer/bookmarks/local-bookmarks.ts';
import type { KeyValueStorage } from '#renderer/bookmarks/local-bookmarks.ts';

/** Web Storage semantics over a Map: strings in, strings (or null) out. */
function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)) };
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('LocalBookmarks', () => {
  it('keeps one bookmark per document page and updates its note', () => {
    let tick = 0;
    const store = new LocalBookmarks(
      memoryStorage(),
      () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)),
    );
    const first = store.save({ documentId: A, page: 4, note: '' });
    const again = store.save({ documentId: A, page: 4, note: 'cite in brief' });
    expect(first.ok && again.ok && again.value.id === first.value.id).toBe(true);
    expect(again.ok && again.value).toMatchObject({
      note: 'cite in brief',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:01.000Z',
    });
  });

  it('lists a document by page and everything by most recent', () => {
    let tick = 0;
    const store = new LocalBookmarks(
      memoryStorage(),
      () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)),
    );
    store.save({ documentId: A, page: 9, note: '' });
    store.save({ documentId: B, page: null, note: 'whole report' });
    store.save({ documentId: A, page: null, note: '' });
    const pages = store.list(A);
    expect(pages.ok && pages.value.map((b) => b.page)).toEqual([null, 9]);
    const all = store.list(null);
    expect(all.ok && all.value.map((b) => b.documentId)).toEqual([A, B, A]);
  });

  it('deletes, and says when there is nothing to delete', () => {
    const store = new LocalBookmarks(memoryStorage());
    const saved = store.save({ documentId: A, page: 1, note: '' });
    if (!saved.ok) throw new Error('not saved');
    expect(store.delete(saved.value.id)).toEqual({ ok: true, value: true });
    expect(store.delete(saved.value.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('ignores damaged storage and reports a full one', () => {
    const storage = memoryStorage();
    storage.map.set(LOCAL_BOOKMARKS_KEY, '{not json');
    expect(new LocalBookmarks(storage).list(null)).toEqual({ ok: true, value: [] });
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(new LocalBookmarks(full).save({ documentId: A, page: 1, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });
});
