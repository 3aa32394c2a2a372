import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { callApiMethod } from '#core/serving/call-api.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { textRecord } from '../helpers/document-records.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const LONG = 'a'.repeat(64);
const PAGES = 450;
let portal: Portal;

beforeAll(() => {
  const root = tempFolderFor('page-windows');
  const db = openLibraryDb(join(root, 'library.sqlite'));
  db.transaction(() =>
    insertDocument(
      db,
      textRecord(
        LONG,
        Array.from({ length: PAGES }, (_, i) => `Page ${i + 1} of the handbook`),
      ),
      'now',
    ),
  )();
  db.close();
  portal = openPortal({
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath: join(root, 'user.sqlite'),
  });
});
afterAll(() => portal.close());

const pagesOf = async (request: unknown) => {
  const answer = await callApiMethod(portal.api, 'getPages', [request]);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

describe('getPages', () => {
  it('gives every page of a document for its id alone', async () => {
    const pages = await pagesOf(LONG);
    expect(pages).toHaveLength(PAGES);
    expect(pages.at(-1)).toMatchObject({ page: PAGES, text: `Page ${PAGES} of the handbook` });
  });

  it('gives a window of pages, cut at the end of the document', async () => {
    const window = await pagesOf({ id: LONG, from: 300, count: 20 });
    expect(window.map((p) => p.page)).toEqual(Array.from({ length: 20 }, (_, i) => 300 + i));
    expect(window[0]!.text).toBe('Page 300 of the handbook');
    const end = await pagesOf({ id: LONG, from: 440, count: 200 });
    expect(end.map((p) => p.page)).toEqual(Array.from({ length: 11 }, (_, i) => 440 + i));
  });

  it('refuses a window that is not one, or past the end, saying why', async () => {
    const refusal = async (request: unknown) => {
      const answer = await callApiMethod(portal.api, 'getPages', [request]);
      if (answer.ok) throw new Error('a bad window was answered');
      return answer.error;
    };
    const window =
      'must be a document id, or { id, from, count } with a first page of 1 or more and 1 to 200 pages';
    for (const [bad, message] of [
      [{ id: LONG, from: 0, count: 10 }, 'request.from must be 1 or more'],
      [{ id: LONG, from: 1, count: 0 }, 'request.count must be 1 or more'],
      [{ id: LONG, from: 1, count: 201 }, 'request.count must be at most 200'],
      [{ id: LONG, from: 1.5, count: 10 }, `request ${window}`],
      [{ id: LONG, from: 1 }, `request ${window}`],
      [{ id: LONG, from: 1, count: 10, to: 20 }, 'request has unknown field(s): to'],
    ] as const) {
      expect(await refusal(bad)).toEqual({
        code: 'invalid-argument',
        message: `getPages: ${message}`,
      });
    }
    const past = await refusal({ id: LONG, from: PAGES + 1, count: 10 });
    expect(past).toEqual({
      code: 'invalid-argument',
      message: `getPages: page ${PAGES + 1} is past the end of this document, which has ${PAGES} pages.`,
    });
    expect((await refusal({ id: 'b'.repeat(64), from: 1, count: 10 })).code).toBe('not-found');
  });
});
