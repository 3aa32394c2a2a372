// What an indexed PDF says about where it was printed and when: its pages' printed labels, and
// no year taken from the date a tool wrote the file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { Result } from '#shared/api.ts';
import { formatCitation } from '#shared/citation.ts';
import { UNDATED } from '#shared/types.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

const LABELLED = readFileSync(resolve(import.meta.dirname, '../../fixtures/pdf/page-labels.pdf'));
const HANDBOOK = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf'),
);

const CATALOG = `version: 1
documents:
  - file: dated.md
    type: report
    title: A dated report
    year: 2021
  - file: labelled.pdf
    type: report
    title: A catalogued report without a year
`;

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

async function indexed(files: Record<string, string | Uint8Array>): Promise<Portal> {
  const folder = tempFolder();
  writeFiles(folder, files);
  const data = tempFolder();
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
  return portal;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function documentAt(p: Portal, title: string) {
  const { hits } = value(await p.api.search({ query: '', sort: 'year' }));
  const hit = hits.find((h) => h.document.title === title);
  if (!hit) throw new Error(`No document titled ${title}`);
  return value(await p.api.getDocument(hit.document.id));
}

describe('page labels', () => {
  it('stores each page’s printed label and gives it with the document and its pages', async () => {
    const p = await indexed({ 'labelled.pdf': LABELLED });
    const detail = await documentAt(p, 'Report with Printed Page Numbers');
    expect(detail.pageLabels).toEqual(['i', 'ii', '1', '2', '3', 'A-1']);
    const pages = value(await p.api.getPages(detail.id));
    expect(pages.map((page) => [page.page, page.label, page.text])).toEqual([
      [1, 'i', 'Foreword'],
      [2, 'ii', 'Contents'],
      [3, '1', 'Chapter one: identifying victims'],
      [4, '2', 'Chapter two: referral'],
      [5, '3', 'Chapter three: protection'],
      [6, 'A-1', 'Annex: contacts'],
    ]);
  });

  it('gives a reading list item its page’s label, which its citation names', async () => {
    const p = await indexed({ 'labelled.pdf': LABELLED });
    const detail = await documentAt(p, 'Report with Printed Page Numbers');
    const { id: listId } = p.readingLists.create({ name: 'Course' });
    p.readingLists.addItem({ listId, documentId: detail.id, page: 2 });
    p.readingLists.addItem({ listId, documentId: detail.id, page: 4 });
    const list = p.readingLists.addItem({ listId, documentId: detail.id, page: null });
    expect(list.items.map((item) => [item.page, item.pageLabel])).toEqual([
      [2, 'ii'],
      [4, '2'],
      [null, null],
    ]);
    const [front] = list.items;
    expect(
      formatCitation(front!.document!, { number: front!.page!, label: front!.pageLabel }),
    ).toBe('Report with Printed Page Numbers (n.d.), p. ii');
  });

  it('gives no labels for a PDF without them, nor for other formats', async () => {
    const p = await indexed({ 'handbook.pdf': HANDBOOK, 'note.md': '# Note\n\nA short note.\n' });
    const handbook = await documentAt(
      p,
      'Handbook on Victim Protection and Mutual Legal Assistance',
    );
    expect(handbook.pageLabels).toBeNull();
    expect(value(await p.api.getPages(handbook.id)).every((page) => page.label === null)).toBe(
      true,
    );
    expect((await documentAt(p, 'Note')).pageLabels).toBeNull();
  });
});

describe('years', () => {
  it('never dates a document by its file: undated documents have no year and come last', async () => {
    // Both PDFs were written in 2024 or later by the tools that made them.
    const p = await indexed({
      'catalog.yaml': CATALOG,
      'dated.md': '# A dated report\n\nText.\n',
      'labelled.pdf': LABELLED,
      'handbook.pdf': HANDBOOK,
    });
    const catalogued = await documentAt(p, 'A catalogued report without a year');
    const uncatalogued = await documentAt(
      p,
      'Handbook on Victim Protection and Mutual Legal Assistance',
    );
    expect(catalogued.year).toBeNull();
    expect(uncatalogued.year).toBeNull();

    const newestFirst = value(await p.api.search({ query: '', sort: 'year' })).hits;
    expect(newestFirst.map((h) => h.document.year)).toEqual([2021, null, null]);
    // The year filter names them "n.d." after every year, and can choose them alone.
    const facets = value(await p.api.search({ query: '' })).facets.years;
    expect(facets.map((f) => [f.value, f.label, f.count])).toEqual([
      ['2021', '2021', 1],
      [UNDATED, 'n.d.', 2],
    ]);
    const undated = value(await p.api.search({ query: '', filters: { years: [UNDATED] } }));
    expect(undated.hits.map((h) => h.document.year)).toEqual([null, null]);
    const both = value(await p.api.search({ query: '', filters: { years: [2021, UNDATED] } }));
    expect(both.total).toBe(3);
  });
});
