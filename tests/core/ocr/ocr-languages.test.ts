// Which data the engine uses: the shipped languages from node_modules, the person's own
// .traineddata files, every other file in their folder refused with a message saying why, and
// bad page images or languages refused before any work.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_DATA,
  ocrDataFolders,
  requireOcrData,
  scanOcrData,
  tesseractLanguages,
} from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { pageImageSize } from '#core/ocr/page-image.ts';

const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';
const work = mkdtempSync(join(tmpdir(), 'ocr-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function userFolder(files: Record<string, Buffer>): string {
  const folder = mkdtempSync(join(work, 'ocr-data-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  return folder;
}

describe('recognition data', () => {
  it('finds every shipped language in node_modules, compressed', () => {
    const { files, problems } = scanOcrData(ocrDataFolders({}));
    expect(problems).toEqual([]);
    expect([...files.keys()].sort()).toEqual([...BUNDLED_DATA].sort());
    for (const file of files.values()) {
      expect(file.gzip).toBe(true);
      expect(file.path).toMatch(/node_modules\/@tesseract\.js-data\/\w+\/4\.0\.0_best_int\//);
    }
  });

  it("takes a language from the person's folder, before a shipped one of the same code", () => {
    const dataFolder = join(work, 'data');
    mkdirSync(join(dataFolder, 'ocr-data'), { recursive: true });
    copyFileSync(DEBIAN_KHMER, join(dataFolder, 'ocr-data', 'khm.traineddata'));
    copyFileSync(
      '/usr/share/tesseract-ocr/5/tessdata/eng.traineddata',
      join(dataFolder, 'ocr-data', 'eng.traineddata'),
    );
    const { files, problems } = scanOcrData(ocrDataFolders({ dataFolder }));
    expect(problems).toEqual([]);
    expect(files.get('khm')).toMatchObject({
      gzip: false,
      path: join(dataFolder, 'ocr-data', 'khm.traineddata'),
    });
    expect(files.get('eng')!.path).toBe(join(dataFolder, 'ocr-data', 'eng.traineddata'));
    // The command line's folder comes before the data folder's.
    const flag = userFolder({});
    copyFileSync(DEBIAN_KHMER, join(flag, 'khm.traineddata'));
    expect(
      scanOcrData(ocrDataFolders({ dataFolder, ocrDataFlag: flag })).files.get('khm')!.path,
    ).toBe(join(flag, 'khm.traineddata'));
  });

  it('refuses files that are not recognition data, saying why, and uses none of them', () => {
    const junk = Buffer.alloc(100_000, 0x41);
    const folder = userFolder({
      'notes.txt': junk,
      'Khmer.traineddata': junk,
      'khm.traineddata': Buffer.from('too small'),
      'lao.traineddata.gz': junk,
      'tha.traineddata': junk,
    });
    const { files, problems } = scanOcrData([folder]);
    expect(files.size).toBe(0);
    expect(problems).toHaveLength(5);
    const about = (name: string) => problems.find((problem) => problem.startsWith(`"${name}"`));
    expect(about('notes.txt')).toMatch(/its name must be a language code and \.traineddata/);
    expect(about('Khmer.traineddata')).toMatch(/its name must be a language code/);
    expect(about('khm.traineddata')).toMatch(
      /too small \(9 bytes\).*damaged or an unfinished download/,
    );
    expect(about('lao.traineddata.gz')).toMatch(/named \.gz but is not gzip-compressed/);
    expect(about('tha.traineddata')).toMatch(/does not start as a \.traineddata file does/);
    for (const problem of problems) expect(problem).toContain(folder);
  });

  it('a folder that does not exist holds nothing', () => {
    expect(scanOcrData([join(work, 'no-such-folder')])).toEqual({ files: new Map(), problems: [] });
  });

  it('names a missing language with where to add its file', () => {
    const scan = scanOcrData(ocrDataFolders({}));
    expect(() => requireOcrData(scan, ['eng', 'khm'])).toThrow(
      /No recognition data for "khm": add khm\.traineddata .* to the "ocr-data" folder of the data folder, or name a folder holding it with --ocr-data/,
    );
  });

  it("maps the library's languages to tesseract's, English always beside them", () => {
    expect(tesseractLanguages([])).toEqual(['eng']);
    expect(tesseractLanguages(['th', 'en', 'km'])).toEqual(['tha', 'khm', 'eng']);
    expect(tesseractLanguages(['km'])).toEqual(['khm', 'eng']);
    expect(tesseractLanguages(['fil', 'ms', 'id', 'vi', 'lo', 'my'])).toEqual([
      'fil',
      'msa',
      'ind',
      'vie',
      'lao',
      'mya',
      'eng',
    ]);
    expect(() => tesseractLanguages(['xx'])).toThrow(
      /cannot be read in "xx": the languages known are en, vi, th/,
    );
    expect(() => tesseractLanguages('en' as unknown as string[])).toThrow(
      /must be a list of language codes/,
    );
  });
});

describe('page images and engine options', () => {
  const pngHeader = (width: number, height: number) => {
    const bytes = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    bytes.writeUInt32BE(13, 8);
    bytes.write('IHDR', 12, 'latin1');
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return bytes;
  };

  it('reads the size from the header and refuses a page over the pixel limit', () => {
    expect(pageImageSize(pngHeader(1654, 2339))).toEqual({
      format: 'png',
      width: 1654,
      height: 2339,
    });
    expect(() => pageImageSize(pngHeader(10_000, 10_000))).toThrow(
      /10000 × 10000 pixels, more than the 50 million one page may have/,
    );
    expect(() => pageImageSize(Buffer.from('%PDF-1.7 not an image at all'))).toThrow(
      /neither a PNG nor a JPEG/,
    );
    expect(() => pageImageSize('image.png' as unknown as Uint8Array)).toThrow(
      /bytes of a PNG or JPEG/,
    );
  });

  it('refuses engine options out of bounds before starting anything', async () => {
    const cacheFolder = join(work, 'cache');
    await expect(createOcrEngine({ dataFolders: [], cacheFolder, workers: 0 })).rejects.toThrow(
      /workers must be a whole number from 1 to 8/,
    );
    await expect(createOcrEngine({ dataFolders: [], cacheFolder })).rejects.toThrow(
      /No recognition data for "eng"/,
    );
    await expect(
      createOcrEngine({ dataFolders: 'x' as unknown as string[], cacheFolder }),
    ).rejects.toThrow(/dataFolders must be a list of folder paths/);
  });

  it('refuses a bad page image or language without reading anything', async () => {
    const engine = await createOcrEngine({
      dataFolders: ocrDataFolders({}),
      cacheFolder: join(work, 'cache'),
    });
    try {
      await expect(
        engine.recognise(Buffer.from('GIF89a is not accepted here'), ['en']),
      ).rejects.toThrow(/neither a PNG nor a JPEG/);
      await expect(engine.recognise(pngHeader(20_000, 20_000), ['en'])).rejects.toThrow(
        /pixels, more than/,
      );
      await expect(engine.recognise(pngHeader(100, 100), ['km'])).rejects.toThrow(
        /No recognition data for "khm"/,
      );
    } finally {
      await engine.close();
    }
    await expect(engine.recognise(pngHeader(100, 100), ['en'])).rejects.toThrow(/has been closed/);
  });
});
