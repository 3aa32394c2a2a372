// Each fixture page (a real PDF page rasterised as a scanner would) is read with the words its
// PDF holds, within a character error rate per language; the Khmer page with Debian's Khmer data
// added as the person's own file; the page scanned sideways turned upright first.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '#core/ocr/character-error-rate.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import type { OcrEngine, OcrPage } from '#core/ocr/recognise-page.ts';
import { OCR_FIXTURES } from '#scripts/fixtures/ocr-fixture-pages.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/ocr');
const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';

let work: string;
let engine: OcrEngine;
const pages = new Map<string, OcrPage>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ocr-engine-'));
  const dataFolder = join(work, 'data');
  mkdirSync(join(dataFolder, 'ocr-data'), { recursive: true });
  copyFileSync(DEBIAN_KHMER, join(dataFolder, 'ocr-data', 'khm.traineddata'));
  engine = await createOcrEngine({
    dataFolders: ocrDataFolders({ dataFolder }),
    cacheFolder: join(work, 'cache'),
    workers: 2,
  });
  await Promise.all(
    OCR_FIXTURES.map(async (fixture) => {
      const image = readFileSync(join(FIXTURES, `${fixture.name}.png`));
      pages.set(fixture.name, await engine.recognise(image, [fixture.language]));
    }),
  );
}, 600_000);

afterAll(async () => {
  await engine?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('recognising scanned pages', () => {
  for (const fixture of OCR_FIXTURES) {
    it(`reads ${fixture.name} (${fixture.language}) within ${fixture.maxCer}% character errors`, () => {
      const page = pages.get(fixture.name)!;
      const source = readFileSync(join(FIXTURES, `${fixture.name}.txt`), 'utf8');
      const cer = characterErrorRate(page.words.map((word) => word.text).join(' '), source);
      console.log(`${fixture.name}: CER ${cer.toFixed(2)}%`);
      expect(cer).toBeLessThanOrEqual(fixture.maxCer);
      expect(characterErrorRate(page.text, source)).toBeLessThanOrEqual(fixture.maxCer);
      expect(page.languages).toEqual(
        fixture.language === 'en' ? ['eng'] : [page.languages[0], 'eng'],
      );
      expect(page.model).toMatch(/^tesseract\.js \S+ core \S+ oem1 psm3( [a-z]{3}:[0-9a-f]{12})+$/);
      for (const { box } of page.words) {
        expect(box[0]).toBeLessThanOrEqual(box[2]);
        expect(box[1]).toBeLessThanOrEqual(box[3]);
        expect(box[2]).toBeLessThanOrEqual(page.width);
        expect(box[3]).toBeLessThanOrEqual(page.height);
      }
    });
  }

  it('reads words in reading order: top to bottom through the page', () => {
    const words = pages.get('en-handbook')!.words;
    expect(words.slice(0, 4).map((word) => word.text)).toEqual([
      'Handbook',
      'on',
      'Victim',
      'Protection',
    ]);
    const tops = words.map((word) => word.box[1]);
    expect(tops.at(-1)!).toBeGreaterThan(tops[0]! + 500);
  });

  it('turns a page scanned sideways upright and says so', () => {
    const sideways = pages.get('en-handbook-sideways')!;
    const upright = pages.get('en-handbook')!;
    expect(sideways.rotation).toBe(270);
    // The scan is landscape; the page read is portrait, as the upright one.
    expect([sideways.width, sideways.height]).toEqual([upright.width, upright.height]);
    expect(upright.rotation).toBe(0);
  });

  it('names the Khmer data the person added in the model', () => {
    const khmer = pages.get('km-guide')!;
    expect(khmer.languages).toEqual(['khm', 'eng']);
    expect(khmer.model).toMatch(/ khm:[0-9a-f]{12} eng:[0-9a-f]{12}$/);
  });
});
