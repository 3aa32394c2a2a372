// A description edited through the API can always go into a pack: the edit is refused with the
// field at fault when it holds what a pack's manifest could not carry (found by the fuzz suite:
// a theme id "Labour Rights" or a language "en-GB" was saved, and then no pack of the library
// could be made).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApiMethod } from '#core/serving/call-api.ts';
import type { DocumentDetail } from '#shared/types.ts';
import type { TestLibrary } from '../../helpers/pack-library.ts';
import { documentIds, indexedLibrary, makeSmallLibrary } from '../../helpers/pack-library.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

let work: string;
let library: TestLibrary;
let detail: DocumentDetail;

beforeAll(async () => {
  work = tempFolderFor('edited-descriptions');
  library = await indexedLibrary(makeSmallLibrary(join(work, 'library')), join(work, 'data'));
  const [id] = await documentIds(library.portal);
  const read = await library.portal.api.getDocument(id!);
  if (!read.ok) throw new Error(read.error.message);
  detail = read.value;
});

afterAll(() => library.portal.close());

const edit = (change: Record<string, unknown>) =>
  callApiMethod(library.portal.api, 'updateMetadata', [
    {
      id: detail.id,
      title: detail.title,
      type: detail.type,
      countries: detail.countries,
      organisations: detail.organisations.map(({ id, role }) => ({ id, role })),
      themes: detail.themes,
      language: detail.language,
      year: detail.year,
      summary: detail.summary,
      ...change,
    },
  ]);

const packOfEverything = (name: string) =>
  library.portal.api.createPack({
    source: { query: '' },
    file: join(work, name),
    publisher: 'ASEAN-ACT',
    signingKeyFile: null,
  });

describe('editing a description', () => {
  it.each([
    [{ themes: ['Labour Rights'] }, 'input.themes[0] must be an id of the taxonomy'],
    [{ organisations: [{ id: 'UNODC', role: 'publisher' }] }, 'input.organisations[0].id must be'],
    [{ language: 'en-GB' }, 'input.language must be a two- or three-letter language code'],
  ])('refuses %j, naming the field', async (change, message) => {
    const result = await edit(change);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toContain(message);
    }
    const pack = await packOfEverything(`after-refused-${Object.keys(change)[0]}.pack`);
    expect(pack.ok ? 'made' : pack.error.message).toBe('made');
  });

  it('keeps a taxonomy id and a plain language code, and the library still packs', async () => {
    const result = await edit({ themes: ['digital-evidence'], language: 'vi' });
    expect(result.ok ? 'saved' : result.error.message).toBe('saved');
    const pack = await packOfEverything('after-edit.pack');
    expect(pack.ok ? 'made' : pack.error.message).toBe('made');
  });
});
