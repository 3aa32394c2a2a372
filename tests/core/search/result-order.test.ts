import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { SearchRequest } from '#shared/types.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

// Forty documents using "shelter" from once to many times, so that relevance orders them all and
// only the first few of each page of results are kept in order while the rest are passed over.
const DOCUMENTS = 40;

let portal: Portal;

beforeAll(async () => {
  const folder = tempFolderFor('result-order');
  const files: Record<string, string> = {};
  for (let i = 0; i < DOCUMENTS; i++) {
    const uses = 1 + ((i * 7) % 13);
    files[`doc-${i}.md`] =
      `# Report ${String.fromCharCode(65 + ((i * 11) % 26))}${i}\n\n` +
      `${'The shelter opened. '.repeat(uses)}${'Other words of the report follow here. '.repeat(20)}`;
  }
  writeFiles(folder, files);
  const data = tempFolderFor('result-order-db');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
});

afterAll(() => portal?.close());

async function ids(request: SearchRequest): Promise<string[]> {
  const result = await portal.api.search(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((hit) => hit.document.id);
}

describe('the order of many results', () => {
  for (const sort of ['relevance', 'year', 'title'] as const) {
    it(`pages through every result in one order, sorted by ${sort}`, async () => {
      const all = await ids({ query: 'shelter', sort, limit: 100 });
      expect(all).toHaveLength(DOCUMENTS);
      const paged: string[] = [];
      for (let offset = 0; offset < DOCUMENTS; offset += 3) {
        paged.push(...(await ids({ query: 'shelter', sort, limit: 3, offset })));
      }
      expect(paged).toEqual(all);
    });
  }

  it('lists titles in alphabetical order', async () => {
    const result = await portal.api.search({ query: 'shelter', sort: 'title', limit: 100 });
    if (!result.ok) throw new Error(result.error.message);
    const titles = result.value.hits.map((hit) => hit.document.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });
});
