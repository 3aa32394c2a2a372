import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

// Paragraphs long enough that the paginator puts each on its own page.
const filler = (topic: string) =>
  `${`This paragraph is about ${topic} and nothing else. `.repeat(60)}`;

const FILES: Record<string, string> = {
  'lao-court.md': [
    '# Court records',
    filler('the agenda'),
    'ເອກະສານ ປະສານງານ '.repeat(30),
    filler('the schedule'),
    `ສານ ປະຊາຊົນ. ${filler('closing remarks')}`,
  ].join('\n\n'),
  // Many pages holding the word make it weigh little, so bm25 alone would put first the page
  // where its letters come thirty times inside other words.
  'lao-other.md': [
    '# Other records',
    ...Array.from({ length: 12 }, (_, i) => `ສານ ${filler(`topic ${i}`)}`),
  ].join('\n\n'),
};

let portal: Portal;

beforeAll(async () => {
  const folder = tempFolder('portal-best-pages-');
  writeFiles(folder, FILES);
  const data = tempFolder('portal-best-pages-db-');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
});

afterAll(() => portal?.close());

describe('the pages shown under a hit', () => {
  it('lists a page where a Lao term is a whole word before pages where it is only inside words', async () => {
    const result = await portal.api.search({ query: 'ສານ' });
    if (!result.ok) throw new Error(result.error.message);
    const hit = result.value.hits.find((h) => h.document.title === 'Court records');
    const pages = hit?.pages ?? [];
    expect(pages.map((p) => p.page)).toEqual([5, 3]);
    expect(pages[0]?.snippet.find((run) => run.hit)).toEqual({ text: 'ສານ', hit: true });
    expect(pages[1]?.snippet.filter((run) => run.hit).every((run) => run.inside)).toBe(true);
  });
});
