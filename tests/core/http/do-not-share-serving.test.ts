// Real HTTP requests about a document marked "do not share": a classroom visitor is answered as
// if it did not exist, on every route; this computer is answered as for any other document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Result } from '#shared/api.ts';
import type { ReadingList, ReadingListSummary } from '#shared/reading-lists.ts';
import type {
  DocumentDetail,
  DocumentSummary,
  LibraryStats,
  SearchResponse,
} from '#shared/types.ts';
import type { MarkedLibrary } from '../../helpers/marked-library.ts';
import { openMarkedLibrary } from '../../helpers/marked-library.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const UNKNOWN_ID = 'f'.repeat(64);

let marked: MarkedLibrary;
let visitors: RunningServer;
let thisComputer: RunningServer;

async function call<T>(target: RunningServer, method: string, args: unknown[] = []) {
  const response = await fetch(new URL(`/api/${method}`, target.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  return { status: response.status, result: (await response.json()) as Result<T> };
}

async function value<T>(target: RunningServer, method: string, args: unknown[] = []) {
  const { result } = await call<T>(target, method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** An answer with the id asked about written as <id>, to compare answers about different ids. */
const withoutId = (answer: unknown, id: string) => JSON.stringify(answer).replaceAll(id, '<id>');

beforeAll(async () => {
  const root = tempFolderFor('do-not-share');
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal</title>');
  marked = await openMarkedLibrary(root);
  const options = {
    portal: marked.portal,
    staticDir,
    libraryDir: join(root, 'library'),
    port: 0,
    roomCode: null,
    log: () => undefined,
  };
  [visitors, thisComputer] = await Promise.all([
    startServer({ ...options, isThisComputer: () => false }),
    startServer({ ...options, isThisComputer: () => true }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([visitors?.close(), thisComputer?.close()]);
  marked?.portal.close();
});

describe('a document marked "do not share", asked for by a classroom visitor', () => {
  it('is not found by getDocument and getPages, exactly like an unknown id', async () => {
    const { decision } = marked;
    for (const method of ['getDocument', 'getPages']) {
      const asked = await call(visitors, method, [decision.id]);
      const unknown = await call(visitors, method, [UNKNOWN_ID]);
      expect(asked.status, method).toBe(404);
      expect(withoutId(asked, decision.id), method).toBe(withoutId(unknown, UNKNOWN_ID));
    }
  });

  it('is not served as a file, to read or to download, exactly like an unknown file', async () => {
    for (const query of ['', '?download=1']) {
      const asked = await rawHttpRequest(visitors.port, `/files/${marked.decision.id}${query}`);
      const unknown = await rawHttpRequest(visitors.port, `/files/${UNKNOWN_ID}${query}`);
      expect(asked.status).toBe(404);
      expect(asked.body.toString()).toBe(unknown.body.toString());
      expect(asked.headers['content-disposition']).toBeUndefined();
    }
  });

  it('is neither found nor counted by search, its facets or its total', async () => {
    const { decision } = marked;
    for (const query of ['forced labour', 'victims', '']) {
      const seen = await value<SearchResponse>(visitors, 'search', [{ query }]);
      const all = await value<SearchResponse>(thisComputer, 'search', [{ query }]);
      expect(
        seen.hits.map((h) => h.document.id),
        query,
      ).not.toContain(decision.id);
      expect(
        all.hits.map((h) => h.document.id),
        query,
      ).toContain(decision.id);
      expect(seen.total, query).toBe(all.total - 1);
      expect(JSON.stringify(seen.facets), query).not.toMatch(/"VN"|"legislation"/);
      expect(
        all.facets.countries.map((c) => c.value),
        query,
      ).toContain('VN');
    }
    const filtered = await value<SearchResponse>(visitors, 'search', [
      { query: 'forced labour', filters: { countries: ['VN'] } },
    ]);
    expect(filtered.total).toBe(0);
  });

  it('is left out of listings, related documents and statistics', async () => {
    const { decision, guide, event } = marked;
    const listed = await value<DocumentSummary[]>(visitors, 'listDocuments', [{}]);
    expect(listed.map((d) => d.id)).not.toContain(decision.id);
    const byCountry = await value<DocumentSummary[]>(visitors, 'listDocuments', [
      { country: 'VN' },
    ]);
    expect(byCountry).toEqual([]);
    const detail = await value<DocumentDetail>(visitors, 'getDocument', [event.id]);
    expect(detail.related).toEqual([guide.id]);

    const seen = await value<LibraryStats>(visitors, 'stats');
    const all = await value<LibraryStats>(thisComputer, 'stats');
    expect(seen.documents).toBe(all.documents - 1);
    expect(seen.pages).toBe(all.pages - decision.pageCount);
    expect(seen.byType).not.toHaveProperty('legislation');
  });

  it('is left out of a reading list shared with the room', async () => {
    const { decision, guide, sharedListId } = marked;
    const list = await value<ReadingList>(visitors, 'getSharedReadingList', [sharedListId]);
    expect(list.items.map((i) => i.documentId)).toEqual([guide.id]);
    expect(JSON.stringify(list)).not.toContain(decision.id);
    const lists = await value<ReadingListSummary[]>(visitors, 'listSharedReadingLists');
    expect(lists.find((l) => l.id === sharedListId)?.itemCount).toBe(1);
  });
});

describe('a document marked "do not share", asked for by this computer', () => {
  it('is answered on every route like any other document', async () => {
    const { decision, event, sharedListId } = marked;
    const own = await value<DocumentDetail>(thisComputer, 'getDocument', [decision.id]);
    expect(own.doNotShare).toBe(true);
    expect((await call(thisComputer, 'getPages', [decision.id])).status).toBe(200);
    const detail = await value<DocumentDetail>(thisComputer, 'getDocument', [event.id]);
    expect(detail.related).toContain(decision.id);
    const listed = await value<DocumentSummary[]>(thisComputer, 'listDocuments', [{}]);
    expect(listed.map((d) => d.id)).toContain(decision.id);
    const list = await value<ReadingList>(thisComputer, 'getSharedReadingList', [sharedListId]);
    expect(list.items.map((i) => i.documentId)).toContain(decision.id);
    for (const query of ['', '?download=1']) {
      const file = await rawHttpRequest(thisComputer.port, `/files/${decision.id}${query}`);
      expect(file.status).toBe(200);
      expect(file.body.toString()).toContain('the court names the victims');
    }
  });
});
