// The engine's shared view: the library as classroom visitors see it, without the documents
// marked "do not share", beside the whole view this computer keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';
import type { MarkedLibrary } from '../helpers/marked-library.ts';
import { openMarkedLibrary } from '../helpers/marked-library.ts';
import { tempFolderFor, writeFiles } from '../helpers/temp-folder.ts';

let marked: MarkedLibrary;

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

beforeAll(async () => {
  marked = await openMarkedLibrary(tempFolderFor('shared-view'));
}, 60_000);

afterAll(() => marked?.portal.close());

describe('the shared view', () => {
  it('finds no marked document, and counts none in totals and facets', async () => {
    const { portal, decision } = marked;
    const whole = valueOf(await portal.api.search({ query: 'forced labour' }));
    const shared = valueOf(await portal.sharedView.api.search({ query: 'forced labour' }));
    expect(whole.hits.map((h) => h.document.id)).toContain(decision.id);
    expect(shared.hits.map((h) => h.document.id)).not.toContain(decision.id);
    expect(shared.total).toBe(whole.total - 1);
    expect(shared.facets.countries.find((c) => c.value === 'VN')).toBeUndefined();
    expect(shared.facets.types.find((t) => t.value === 'legislation')).toBeUndefined();
    const browse = valueOf(await portal.sharedView.api.search({ query: '' }));
    expect(browse.total).toBe(whole.total - 1);
  });

  it('answers lookups of a marked document as for an unknown one', async () => {
    const { portal, decision } = marked;
    const unknown = 'f'.repeat(64);
    for (const id of [decision.id, decision.id.slice(0, 8)]) {
      const detail = await portal.sharedView.api.getDocument(id);
      const pages = await portal.sharedView.api.getPages(id);
      expect(detail).toEqual({
        ok: false,
        error: { code: 'not-found', message: `No document with id ${id} in the library.` },
      });
      expect(pages.ok ? null : pages.error.code).toBe('not-found');
    }
    expect((await portal.sharedView.api.getDocument(unknown)).ok).toBe(false);
    expect(portal.sharedView.resolveDocumentFile(decision.id)).toBeNull();
    expect(portal.resolveDocumentFile(decision.id)).not.toBeNull();
    expect(valueOf(await portal.api.getDocument(decision.id)).doNotShare).toBe(true);
  });

  it('leaves it out of listings, related documents, statistics and shared reading lists', async () => {
    const { portal, decision, guide, event, sharedListId } = marked;
    const listed = valueOf(await portal.sharedView.api.listDocuments({}));
    expect(listed.map((d) => d.id)).not.toContain(decision.id);
    expect(valueOf(await portal.api.listDocuments({})).map((d) => d.id)).toContain(decision.id);

    expect(valueOf(await portal.api.getDocument(event.id)).related).toContain(decision.id);
    const seenEvent = valueOf(await portal.sharedView.api.getDocument(event.id));
    expect(seenEvent.related).toEqual([guide.id]);
    expect(seenEvent.doNotShare).toBe(false);

    const whole = valueOf(await portal.api.stats());
    const shared = valueOf(await portal.sharedView.api.stats());
    expect(shared.documents).toBe(whole.documents - 1);
    expect(shared.pages).toBe(whole.pages - decision.pageCount);
    expect(shared.textBytes).toBeLessThan(whole.textBytes);
    expect(shared.byType.legislation).toBeUndefined();
    expect(whole.byType.legislation).toBe(1);

    const list = valueOf(await portal.sharedView.api.getSharedReadingList(sharedListId));
    expect(list.items.map((i) => i.documentId)).toEqual([guide.id]);
    const summaries = valueOf(await portal.sharedView.api.listSharedReadingLists());
    expect(summaries.find((l) => l.id === sharedListId)?.itemCount).toBe(1);
    const own = valueOf(await portal.api.getReadingList(sharedListId));
    expect(own.items.map((i) => i.documentId)).toEqual([decision.id, guide.id]);
  });

  it('shows a document again once its mark is cleared', async () => {
    const { portal, decision } = marked;
    valueOf(await portal.api.setDoNotShare({ id: decision.id, doNotShare: false }));
    try {
      const shared = valueOf(await portal.sharedView.api.search({ query: 'victims' }));
      expect(shared.hits.map((h) => h.document.id)).toContain(decision.id);
    } finally {
      valueOf(await portal.api.setDoNotShare({ id: decision.id, doNotShare: true }));
    }
  });

  it('tells how far an indexing run is without naming the file it reads', async () => {
    const { portal } = marked;
    const folder = portal.libraryFolder!;
    writeFiles(folder, { 'note.md': '# Note\n\nA note on forced labour.\n' });
    const told: [IngestProgress | null, IngestProgress | null][] = [];
    await portal.index(folder, {
      workers: 0,
      onProgress: async () => {
        const [own, shared] = await Promise.all([
          portal.api.ingestProgress(),
          portal.sharedView.api.ingestProgress(),
        ]);
        told.push([valueOf(own), valueOf(shared)]);
      },
    });
    expect(told.length).toBeGreaterThan(0);
    for (const [own, shared] of told) {
      expect(shared).toEqual({ ...own, current: '' });
    }
    expect(told.some(([own]) => own?.current)).toBe(true);
  });
});
