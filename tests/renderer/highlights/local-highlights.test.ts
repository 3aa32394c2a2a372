import { describe, expect, it } from 'vitest';
import type { HighlightInput } from '#shared/api.ts';
import type { KeyValueStorage } from '#renderer/bookmarks/local-bookmarks.ts';
import { LOCAL_HIGHLIGHTS_KEY, LocalHighlights } from '#renderer/highlights/local-highlights.ts';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)) };
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

const passage = (changes: Partial<HighlightInput> = {}): HighlightInput => ({
  documentId: A,
  page: 3,
  prefix: 'The court ',
  exact: 'may close the hearing',
  suffix: ' to the public',
  start: 40,
  colour: 'yellow',
  note: '',
  ...changes,
});

const clock = () => {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
};

describe('LocalHighlights', () => {
  it('keeps highlights in the browser, a document in reading order, all by most recent', () => {
    const storage = memoryStorage();
    const store = new LocalHighlights(storage, clock());
    const late = store.save(passage({ page: 5 }));
    const early = store.save(passage({ start: 2, note: 'Ask the prosecutor' }));
    const other = store.save(passage({ documentId: B }));
    const id = (r: { ok: boolean; value?: { id: number } }) => (r.ok ? r.value!.id : 0);
    expect(store.list(A)).toMatchObject({ ok: true, value: [{ start: 2 }, { page: 5 }] });
    const all = store.list(null);
    expect(all.ok && all.value.map((h) => h.id)).toEqual([id(other), id(early), id(late)]);
    expect(JSON.parse(storage.map.get(LOCAL_HIGHLIGHTS_KEY)!)).toHaveLength(3);
  });

  it('changes colour and note, and deletes once', () => {
    const store = new LocalHighlights(memoryStorage(), clock());
    const saved = store.save(passage());
    if (!saved.ok) throw new Error(saved.error.message);
    expect(store.update({ id: saved.value.id, colour: 'green' })).toMatchObject({
      ok: true,
      value: { colour: 'green', note: '', updatedAt: '2026-01-01T00:00:01.000Z' },
    });
    expect(store.update({ id: 99, note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(store.delete(saved.value.id)).toEqual({ ok: true, value: true });
    expect(store.delete(saved.value.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('ignores what it cannot read rather than failing', () => {
    const storage = memoryStorage();
    storage.setItem(LOCAL_HIGHLIGHTS_KEY, '[{"id":1,"colour":"orange"},"nonsense"]');
    expect(new LocalHighlights(storage).list(null)).toEqual({ ok: true, value: [] });
    storage.setItem(LOCAL_HIGHLIGHTS_KEY, '{not json');
    expect(new LocalHighlights(storage).list(A)).toEqual({ ok: true, value: [] });
  });

  it('says so when the browser will not keep it', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(new LocalHighlights(full).save(passage())).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringMatching(/could not keep the highlight/) },
    });
  });
});
