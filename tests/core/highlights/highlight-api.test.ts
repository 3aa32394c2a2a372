// The highlight methods behind the API: arguments validated at the front door (quote length,
// colour, page), the quote kept in NFC, and highlights only on documents the library has.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH } from '#shared/highlights.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { callApiMethod } from '#core/serving/call-api.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

async function library() {
  const folder = tempFolder();
  writeFiles(folder, {
    'taxonomy.yaml': 'version: 1\ncountries:\n  - { code: LA, name: Lao PDR }\n',
    'guide.md': '# Interview Guide\n\nAsk open questions and let the victim rest.',
  });
  const data = tempFolder();
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
  const docs = await portal.api.listDocuments({});
  if (!docs.ok) throw new Error(docs.error.message);
  return { api: portal.api, id: docs.value[0]!.id };
}

const input = (documentId: string, changes: Record<string, unknown> = {}) => ({
  documentId,
  page: 1,
  prefix: 'Ask ',
  exact: 'open questions',
  suffix: ' and let',
  start: 20,
  colour: 'green',
  note: 'For the interview checklist',
  ...changes,
});

describe('the highlight methods', () => {
  it('save, list, change and delete a highlight', async () => {
    const { api, id } = await library();
    const saved = await callApiMethod(api, 'saveHighlight', [input(id)]);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toMatchObject({ documentId: id, page: 1, exact: 'open questions' });
    expect(await api.listHighlights(id)).toEqual({ ok: true, value: [saved.value] });

    const changed = await callApiMethod(api, 'updateHighlight', [
      { id: saved.value.id, colour: 'pink' },
    ]);
    expect(changed).toMatchObject({ ok: true, value: { colour: 'pink', note: saved.value.note } });
    expect(await callApiMethod(api, 'deleteHighlight', [saved.value.id])).toEqual({
      ok: true,
      value: true,
    });
    expect(await callApiMethod(api, 'deleteHighlight', [saved.value.id])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await callApiMethod(api, 'updateHighlight', [{ id: saved.value.id, note: '' }]),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the quote in NFC, however it was typed', async () => {
    const { api, id } = await library();
    const decomposed = 'Trie\u0302\u0300u'.normalize('NFD');
    const saved = await callApiMethod(api, 'saveHighlight', [
      input(id, { exact: decomposed, prefix: 'ông '.normalize('NFD') }),
    ]);
    expect(saved).toMatchObject({
      ok: true,
      value: { exact: decomposed.normalize('NFC'), prefix: 'ông '.normalize('NFC') },
    });
  });

  it('refuses a document the library does not have', async () => {
    const { api } = await library();
    expect(await callApiMethod(api, 'saveHighlight', [input('f'.repeat(64))])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it.each([
    ['an empty quote', { exact: '  ' }, /exact.*quote some text/],
    [
      'a quote over the cap',
      { exact: 'x'.repeat(MAX_QUOTE_LENGTH + 1) },
      new RegExp(`exact.*at most ${MAX_QUOTE_LENGTH}`),
    ],
    ['a colour not offered', { colour: 'orange' }, /colour.*yellow, green, blue, pink/],
    ['page 0', { page: 0 }, /page.*1 or more/],
    ['a long prefix', { prefix: 'p'.repeat(33) }, /prefix.*at most 32/],
    ['a note over the cap', { note: 'n'.repeat(10_001) }, /note.*at most 10000/],
  ])('refuses %s with a clear message', async (_, changes, message) => {
    const { api, id } = await library();
    const refused = await callApiMethod(api, 'saveHighlight', [input(id, changes)]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(message);
    expect(await api.listHighlights(id)).toEqual({ ok: true, value: [] });
  });

  it('refuses a change that changes nothing', async () => {
    const { api } = await library();
    expect(await callApiMethod(api, 'updateHighlight', [{ id: 1 }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/colour, a note/) },
    });
  });
});
