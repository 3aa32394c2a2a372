import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import type { SearchResponse } from '#shared/types.ts';
import { seaClusters } from '#shared/text/normalise.ts';
import { openIndexedPortal } from '../../helpers/indexed-portal.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

/**
 * Every pair of the term's adjacent clusters, each pair apart from the next: a document holding all
 * of the term's cluster pairs, but never the term.
 */
function pairsApart(term: string, between: string): string {
  const clusters = seaClusters(term).split(' ');
  return clusters
    .slice(0, -1)
    .map((cluster, i) => cluster + clusters[i + 1])
    .join(` ${between} `);
}

// Markdown files without a catalog: each title is the file's first heading.
const doc = (title: string, body: string) => `# ${title}\n\n${body}\n`;

const FILES: Record<string, string> = {
  // Lao ສານ (court): eight documents with the word, one with it only inside ເອກະສານ (document),
  // one with its letters' pairs apart.
  ...Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [
      `lao-${i}.md`,
      doc(`Lao ${i}`, `ສານ ແລະ ໄອຍະການ ເຮັດວຽກ ຮ່ວມກັນ ${i}`),
    ]),
  ),
  'lao-inside.md': doc('Lao inside', 'ເອກະສານ ແລະ ຫຼັກຖານ'),
  'lao-apart.md': doc('Lao apart', pairsApart('ສານ', 'ແລະ')),
  // Thai การค้ามนุษย์ (human trafficking): as words, inside ขบวนการค้ามนุษย์, and its pairs apart.
  'thai-words.md': doc('Thai words', 'ศาลพิจารณาคดีการค้ามนุษย์อย่างรวดเร็ว'),
  'thai-inside.md': doc('Thai inside', 'ตำรวจจับขบวนการค้ามนุษย์ได้'),
  'thai-apart.md': doc('Thai apart', pairsApart('การค้ามนุษย์', 'และ')),
};

let portal: Portal;

beforeAll(async () => {
  const folder = tempFolder('portal-clusters-');
  writeFiles(folder, FILES);
  ({ portal } = await openIndexedPortal(tempFolder('portal-clusters-db-'), folder));
});

afterAll(() => portal?.close());

async function run(query: string): Promise<SearchResponse> {
  const result = await portal.api.search({ query, limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const titles = (r: SearchResponse) => r.hits.map((h) => h.document.title);
const insideOnly = (r: SearchResponse, title: string) =>
  r.hits
    .find((h) => h.document.title === title)!
    .pages[0]!.snippet.filter((run) => run.hit)
    .every((run) => run.inside === true);

describe('a Thai, Lao, Khmer or Burmese term matched by its clusters', () => {
  it('finds it inside longer words, after its whole words, and never in its clusters apart', async () => {
    const lao = await run('ສານ');
    expect(lao.total).toBe(9);
    expect(titles(lao).slice(0, 8).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Lao ${i}`));
    expect(titles(lao)[8]).toBe('Lao inside');
    expect(insideOnly(lao, 'Lao inside')).toBe(true);

    const thai = await run('การค้ามนุษย์');
    expect(titles(thai)).toEqual(['Thai words', 'Thai inside']);
    expect(insideOnly(thai, 'Thai inside')).toBe(true);
  });

  it('holds every cluster pair in the documents made to hold them apart', async () => {
    // Without this, the documents "apart" would prove nothing: each pair, searched for, finds them.
    for (const [term, title] of [
      ['ສານ', 'Lao apart'],
      ['การค้ามนุษย์', 'Thai apart'],
    ] as const) {
      const clusters = seaClusters(term).split(' ');
      for (let i = 0; i + 1 < clusters.length; i++) {
        expect(titles(await run(clusters[i]! + clusters[i + 1]!)), term).toContain(title);
      }
    }
  });
});
