import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { SearchRequest } from '#shared/types.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

// A query's matches are kept for the searches that refine it; these tests check that a refined
// search answers as a new one would, and that nothing kept outlives a change to the library.
const filler = (topic: string) => `${`This paragraph is about ${topic}. `.repeat(20)}`;

let folder: string;
let portal: Portal;

beforeAll(async () => {
  folder = tempFolderFor('recent-matches');
  writeFiles(folder, {
    'court-one.md': `# Court one\n\n${filler('the court and its judges')}`,
    'court-two.md': `# Court two\n\n${filler('a court of appeal')}`,
    'other.md': `# Other\n\n${filler('shelters')}`,
  });
  const data = tempFolderFor('recent-matches-db');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
});

afterAll(() => portal?.close());

async function titles(request: SearchRequest): Promise<string[]> {
  const result = await portal.api.search(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((hit) => hit.document.title);
}

describe('searches that refine a query', () => {
  it('sort and page the same matches as the query itself', async () => {
    const all = await titles({ query: 'court' });
    expect(all).toHaveLength(2);
    expect(await titles({ query: 'court', sort: 'title' })).toEqual([...all].sort());
    expect(await titles({ query: 'court', limit: 1, offset: 1 })).toEqual([all[1]]);
    expect(await titles({ query: 'court -appeal' })).toEqual(['Court one']);
  });

  it('see the library as it is after it changes', async () => {
    expect(await titles({ query: 'court' })).toHaveLength(2);
    writeFiles(folder, { 'court-three.md': `# Court three\n\n${filler('a court hearing')}` });
    await portal.index(folder, { workers: 0 });
    expect(await titles({ query: 'court' })).toHaveLength(3);
  });
});
