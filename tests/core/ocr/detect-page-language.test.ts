// The first detection pass with the real recogniser: each fixture page (a real PDF page
// rasterised as a scanner would) is found to be in its language by trial readings of a strip of
// its lines, Khmer with Debian's data added as the person's own file; and the detection costs a
// fraction of reading the page.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import type { LanguageDetection, OcrEngine } from '#shared/ocr-types.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/ocr');
const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';
const PAGES = {
  'en-handbook': 'en',
  'vi-chung-cu': 'vi',
  'th-call-centre': 'th',
  'lo-court-trial': 'lo',
  'km-guide': 'km',
  'my-forced-marriage': 'my',
} as const;

let engine: OcrEngine;
const found = new Map<string, { detection: LanguageDetection; readMs: number }>();

beforeAll(async () => {
  const dataFolder = tempFolderFor('ocr-detect');
  mkdirSync(join(dataFolder, 'ocr-data'));
  copyFileSync(DEBIAN_KHMER, join(dataFolder, 'ocr-data', 'khm.traineddata'));
  engine = await createOcrEngine({
    dataFolders: ocrDataFolders({ dataFolder }),
    cacheFolder: join(tempFolderFor('ocr-detect'), 'cache'),
  });
  for (const [name, language] of Object.entries(PAGES)) {
    const image = readFileSync(join(FIXTURES, `${name}.png`));
    const detection = await engine.detectLanguage(image);
    // The page's reading with its language, as the queue then does (the model loaded anew).
    const started = performance.now();
    await engine.recognise(image, [language]);
    found.set(name, { detection, readMs: performance.now() - started });
  }
}, 600_000);

afterAll(() => engine?.close());

describe('detecting a scanned page’s language', () => {
  for (const [name, language] of Object.entries(PAGES)) {
    it(`finds ${name} in ${language}`, () => {
      const { detection, readMs } = found.get(name)!;
      const trials = detection.trials
        .map((t) => `${t.language} ${t.confidence}% ${t.commonWords}/${t.letters} ${t.ms} ms`)
        .join(', ');
      console.log(
        `${name}: ${detection.language} (${detection.sure ? 'sure' : 'unsure'}) in ${detection.ms} ms, page read ${Math.round(readMs)} ms; ${trials}`,
      );
      expect(detection).toMatchObject({ language, sure: true });
    });
  }

  it('answers a clear error for what is not a page image', async () => {
    await expect(engine.detectLanguage(new Uint8Array([1, 2, 3]))).rejects.toThrow(/PNG or JPEG/);
  });
});
