// Reading lists through the engine's API over a real library and user database: a PDF with pages
// and a Markdown note, indexed once for the file.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { Result } from '#shared/api.ts';
import { parseApiArguments } from '#shared/api-arguments.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf');
const UNKNOWN_ID = 'f'.repeat(64);

let portal: Portal;
let userDbPath: string;
let handbook: DocumentSummary;
let notes: DocumentSummary;

beforeAll(async () => {
  const root = tempFolderFor('reading-lists');
  const library = join(root, 'library');
  mkdirSync(library);
  copyFileSync(FIXTURE_PDF, join(library, 'handbook.pdf'));
  writeFiles(library, { 'notes.md': '# Court notes\n\nDigital evidence from phones.\n' });
  userDbPath = join(root, 'user.sqlite');
  portal = openPortal({
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath,
    libraryFolder: library,
  });
  await portal.index(library, { workers: 0 });
  const documents = await portal.api.listDocuments({});
  if (!documents.ok) throw new Error(documents.error.message);
  handbook = documents.value.find((d) => d.format === 'pdf')!;
  notes = documents.value.find((d) => d.format === 'markdown')!;
});

afterAll(() => portal.close());

beforeEach(async () => {
  for (const list of portal.readingLists.lists()) portal.readingLists.delete(list.id);
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function newList(name = 'Evidence module, day 2'): Promise<ReadingList> {
  return value(await portal.api.createReadingList({ name, note: 'Read before Tuesday.' }));
}

const places = (list: ReadingList) => list.items.map((item) => [item.documentId, item.page]);

describe('reading lists', () => {
  it('are created, renamed, annotated, shared and deleted', async () => {
    const list = await newList();
    expect(list).toMatchObject({
      name: 'Evidence module, day 2',
      note: 'Read before Tuesday.',
      shared: false,
      itemCount: 0,
      items: [],
    });
    const renamed = value(
      await portal.api.updateReadingList({ id: list.id, name: 'Evidence', note: 'Bring notes.' }),
    );
    expect(renamed).toMatchObject({ name: 'Evidence', note: 'Bring notes.', shared: false });
    expect(value(await portal.api.listSharedReadingLists())).toEqual([]);

    value(await portal.api.updateReadingList({ id: list.id, shared: true }));
    expect(value(await portal.api.listSharedReadingLists())).toMatchObject([
      { id: list.id, name: 'Evidence', shared: true },
    ]);
    expect(value(await portal.api.getSharedReadingList(list.id)).name).toBe('Evidence');

    value(await portal.api.updateReadingList({ id: list.id, shared: false }));
    expect(await portal.api.getSharedReadingList(list.id)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    expect(value(await portal.api.deleteReadingList(list.id))).toBe(true);
    expect(value(await portal.api.listReadingLists())).toEqual([]);
    expect(await portal.api.getReadingList(list.id)).toEqual({
      ok: false,
      error: { code: 'not-found', message: `No reading list with id ${list.id}.` },
    });
  });

  it('hold documents and pages of them, the same document at several pages', async () => {
    const list = await newList();
    value(
      await portal.api.addReadingListItem({ listId: list.id, documentId: notes.id, page: null }),
    );
    value(
      await portal.api.addReadingListItem({
        listId: list.id,
        documentId: handbook.id,
        page: 2,
        note: 'The interview checklist',
      }),
    );
    const added = value(
      await portal.api.addReadingListItem({ listId: list.id, documentId: handbook.id, page: 1 }),
    );
    expect(places(added)).toEqual([
      [notes.id, null],
      [handbook.id, 2],
      [handbook.id, 1],
    ]);
    expect(added.itemCount).toBe(3);
    expect(added.items[1]).toMatchObject({
      note: 'The interview checklist',
      document: { id: handbook.id, title: handbook.title },
    });

    // What packs and static copies are made from: the same list, in order.
    expect(portal.readingLists.readingList(list.id).items.map((i) => i.page)).toEqual([null, 2, 1]);
  });

  it('reorder, annotate and remove items', async () => {
    const list = await newList();
    for (const page of [1, 2, 3])
      value(
        await portal.api.addReadingListItem({ listId: list.id, documentId: handbook.id, page }),
      );
    const [first, second, third] = portal.readingLists.readingList(list.id).items.map((i) => i.id);

    const reordered = value(
      await portal.api.reorderReadingList({ listId: list.id, itemIds: [third!, first!, second!] }),
    );
    expect(reordered.items.map((i) => i.page)).toEqual([3, 1, 2]);

    const annotated = value(
      await portal.api.setReadingListItemNote({ listId: list.id, itemId: first!, note: 'Part 1' }),
    );
    expect(annotated.items.map((i) => i.note)).toEqual(['', 'Part 1', '']);

    const removed = value(
      await portal.api.removeReadingListItem({ listId: list.id, itemId: third! }),
    );
    expect(removed.items.map((i) => i.page)).toEqual([1, 2]);
    expect(await portal.api.removeReadingListItem({ listId: list.id, itemId: third! })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `The reading list ${list.id} has no item with id ${third}.`,
      },
    });
  });

  it('refuse what they cannot hold, saying why', async () => {
    const list = await newList();
    const other = await newList('Victim protection');
    value(
      await portal.api.addReadingListItem({ listId: list.id, documentId: handbook.id, page: 2 }),
    );
    const item = portal.readingLists.readingList(list.id).items[0]!;

    expect(
      await portal.api.addReadingListItem({ listId: list.id, documentId: UNKNOWN_ID, page: null }),
    ).toEqual({
      ok: false,
      error: { code: 'not-found', message: `No document with id ${UNKNOWN_ID} in the library.` },
    });
    expect(
      await portal.api.addReadingListItem({ listId: 999, documentId: handbook.id, page: null }),
    ).toEqual({ ok: false, error: { code: 'not-found', message: 'No reading list with id 999.' } });
    expect(
      await portal.api.addReadingListItem({ listId: list.id, documentId: handbook.id, page: 999 }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: `Page 999 is out of range: “${handbook.title}” has ${handbook.pageCount} pages.`,
      },
    });
    expect(
      await portal.api.addReadingListItem({ listId: list.id, documentId: handbook.id, page: 2 }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: `“${handbook.title}”, page 2, is already in the reading list “Evidence module, day 2”.`,
      },
    });
    // An item of one list cannot be changed through another.
    expect(
      await portal.api.setReadingListItemNote({ listId: other.id, itemId: item.id, note: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      await portal.api.reorderReadingList({ listId: list.id, itemIds: [item.id, item.id] }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message:
          'The new order must name each of the 1 items of the reading list “Evidence module, day 2” once.',
      },
    });
    expect(parseApiArguments('updateReadingList', [{ id: list.id }])).toEqual({
      ok: false,
      message: 'updateReadingList: change must give at least one of name, note and shared',
    });
    expect(parseApiArguments('createReadingList', [{ name: '  ' }])).toEqual({
      ok: false,
      message: 'createReadingList: input.name must not be empty',
    });
    expect(await portal.api.updateReadingList({ id: 999, name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await portal.api.deleteReadingList(999)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keep an item whose document has left the library, without its description', async () => {
    const list = await newList();
    withDatabaseFile(userDbPath, (db) =>
      db
        .prepare(
          'INSERT INTO collection_items (collection_id, document_id, page, position) VALUES (?, ?, 3, 0)',
        )
        .run(list.id, UNKNOWN_ID),
    );
    expect(value(await portal.api.getReadingList(list.id)).items).toEqual([
      expect.objectContaining({ documentId: UNKNOWN_ID, page: 3, document: null }),
    ]);
  });
});
