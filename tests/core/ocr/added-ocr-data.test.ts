// Adding a language's recognition data from the app: the file is checked (refused with the reason
// when it is not recognition data or too large), copied into the data folder's ocr-data/, listed
// beside the shipped languages, used to read a page, and removed again.
import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '#core/ocr/character-error-rate.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import type { OcrLanguageList } from '#shared/ocr-languages.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';
const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

let work: string;
let dataFolder: string;
let portal: Portal;

beforeAll(() => {
  work = tempFolderFor('added-ocr-data');
  dataFolder = join(work, 'data');
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
    dataFolder,
  });
});

afterAll(() => portal.close());

const stateOf = (list: OcrLanguageList, language: string) =>
  list.languages.find((l) => l.language === language)?.state;

async function languages(): Promise<OcrLanguageList> {
  const listed = await portal.api.listOcrLanguages();
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value;
}

describe('recognition data the user adds', () => {
  it('lists the shipped languages, and Khmer missing until its file is added', async () => {
    const list = await languages();
    for (const language of ['en', 'vi', 'th', 'lo', 'my', 'id', 'fil', 'ms'])
      expect(stateOf(list, language)).toBe('shipped');
    expect(list.languages.find((l) => l.code === 'khm')).toEqual({
      code: 'khm',
      language: 'km',
      state: 'missing',
      bytes: null,
    });
    expect(list.languages.some((l) => l.code === 'osd')).toBe(false);
  });

  it('refuses a file that is not recognition data, or is too large, with the reason', async () => {
    const picture = join(work, 'khm.traineddata');
    copyFileSync(fixture('km-guide.png'), picture);
    const notData = await portal.api.addOcrLanguage({ file: picture });
    expect(notData).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/does not start as a \.traineddata file does/) },
    });
    const misnamed = join(work, 'khmer.dat');
    writeFileSync(misnamed, 'x');
    expect(await portal.api.addOcrLanguage({ file: misnamed })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/its name must be a language code and \.traineddata/),
      },
    });
    // A sparse file: its size is all that is read before it is refused.
    const large = join(work, 'lao.traineddata');
    writeFileSync(large, '');
    truncateSync(large, 201 * 1024 * 1024);
    expect(await portal.api.addOcrLanguage({ file: large })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than 200 MB/) },
    });
    expect(await portal.api.addOcrLanguage({ file: join(work, 'none.traineddata') })).toMatchObject(
      { ok: false, error: { message: expect.stringMatching(/There is no file/) } },
    );
    expect(existsSync(join(dataFolder, 'ocr-data', 'lao.traineddata'))).toBe(false);
    expect(stateOf(await languages(), 'km')).toBe('missing');
  });

  it('adds Debian’s Khmer data, which then reads the Khmer page, and removes it again', async () => {
    const added = await portal.api.addOcrLanguage({ file: DEBIAN_KHMER });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.languages.find((l) => l.code === 'khm')).toEqual({
      code: 'khm',
      language: 'km',
      state: 'added',
      bytes: readFileSync(DEBIAN_KHMER).length,
    });
    expect(
      readFileSync(join(dataFolder, 'ocr-data', 'khm.traineddata')).equals(
        readFileSync(DEBIAN_KHMER),
      ),
    ).toBe(true);

    const engine = await createOcrEngine({
      dataFolders: ocrDataFolders({ dataFolder }),
      cacheFolder: join(work, 'cache'),
    });
    try {
      const page = await engine.recognise(readFileSync(fixture('km-guide.png')), ['km']);
      expect(page.languages).toEqual(['khm', 'eng']);
      const source = readFileSync(fixture('km-guide.txt'), 'utf8');
      expect(characterErrorRate(page.text, source)).toBeLessThan(20);
    } finally {
      await engine.close();
    }

    expect(await portal.api.removeOcrLanguage('eng')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/ships with the app and cannot be removed/) },
    });
    const removed = await portal.api.removeOcrLanguage('khm');
    expect(removed.ok && stateOf(removed.value, 'km')).toBe('missing');
    expect(await portal.api.removeOcrLanguage('khm')).toMatchObject({
      ok: false,
      error: { message: 'No data was added for "khm".' },
    });
  }, 120_000);
});
