import { describe, expect, it } from 'vitest';
import type { Bookmark, PortalApi, Result } from '#shared/api.ts';
import { createBookmarkStore } from '#renderer/bookmarks/bookmark-store.ts';
import type { KeyValueStorage } from '#renderer/bookmarks/local-bookmarks.ts';

const A = 'a'.repeat(64);

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const forbidden = {
  ok: false as const,
  error: { code: 'forbidden' as const, message: 'Bookmarks are kept by each visitor.' },
};
const saved: Bookmark = { id: 7, documentId: A, page: 2, note: '', createdAt: 'x', updatedAt: 'x' };

/** An API whose bookmark methods answer as a server would; the rest is never called here. */
function apiAnswering(
  answer: () => Result<Bookmark[]> | Result<Bookmark>,
  calls: string[],
): PortalApi {
  const unused = () => Promise.reject(new Error('not part of this test'));
  return {
    search: unused,
    stats: unused,
    taxonomy: unused,
    listDocuments: unused,
    getDocument: unused,
    getPages: unused,
    updateMetadata: unused,
    chooseFiles: unused,
    addFiles: unused,
    ingestProgress: unused,
    cancelIngest: unused,
    listTrustedKeys: unused,
    addTrustedKey: unused,
    removeTrustedKey: unused,
    verifyPack: unused,
    importPack: unused,
    setDoNotShare: unused,
    listBookmarks: async () => (calls.push('list'), answer() as Result<Bookmark[]>),
    saveBookmark: async () => (calls.push('save'), answer() as Result<Bookmark>),
    deleteBookmark: async () => (calls.push('delete'), { ok: true, value: true }),
  };
}

describe('createBookmarkStore', () => {
  it('uses the user database while the server allows it', async () => {
    const calls: string[] = [];
    const store = createBookmarkStore(
      apiAnswering(() => ({ ok: true, value: saved }), calls),
      memoryStorage(),
    );
    expect(await store.save({ documentId: A, page: 2, note: '' })).toEqual({
      ok: true,
      value: saved,
    });
    expect(store.location()).toBe('library');
    expect(calls).toEqual(['save']);
  });

  it('keeps bookmarks in the browser from the first refusal on', async () => {
    const calls: string[] = [];
    const store = createBookmarkStore(
      apiAnswering(() => forbidden, calls),
      memoryStorage(),
    );
    const listed = await store.list(A);
    expect(listed).toEqual({ ok: true, value: [] });
    expect(store.location()).toBe('browser');
    const kept = await store.save({ documentId: A, page: 3, note: 'n' });
    expect(kept.ok && kept.value).toMatchObject({ documentId: A, page: 3, note: 'n' });
    expect((await store.list(null)).ok).toBe(true);
    expect(calls).toEqual(['list']);
  });

  it('passes other errors on without falling back', async () => {
    const calls: string[] = [];
    const failure = {
      ok: false as const,
      error: { code: 'not-found' as const, message: 'No document.' },
    };
    const store = createBookmarkStore(
      apiAnswering(() => failure, calls),
      memoryStorage(),
    );
    expect(await store.save({ documentId: A, page: 1, note: '' })).toEqual(failure);
    expect(store.location()).toBe('library');
  });
});
