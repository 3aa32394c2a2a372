// The first detection pass in the OCR run: scanned pages added loose (no catalog entry, no text,
// no declared language) are found to be in their language, recorded as detected, read in it, and
// a search then finds a word of each at its page; a language the catalog names is kept as it is.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { renderPdfPage } from '#core/ocr/render-pdf-page.ts';
import { runOcr } from '#core/ocr-run/run-ocr.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import { readLanguageDecision } from '#core/store/library/language-decisions.ts';
import type { OcrRunReport } from '#shared/ocr-run-types.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;
const DEBIAN_KHMER = '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata';

/** Each loose scan, its language and a word of it. */
const LOOSE = {
  'handbook.png': { from: 'en-handbook.png', language: 'en', word: 'trafficking' },
  'chung-cu.png': { from: 'vi-chung-cu.png', language: 'vi', word: 'chứng cứ' },
  'call-centre.pdf': { from: 'scan-th.pdf', language: 'th', word: 'รายงาน' },
  'court-trial.pdf': { from: 'scan-lo.pdf', language: 'lo', word: 'ສານ' },
  'guide.png': { from: 'km-guide.png', language: 'km', word: 'ជនរងគ្រោះ' },
  'forced-marriage.png': { from: 'my-forced-marriage.png', language: 'my', word: 'အမျိုးသမီး' },
} as const;

let portal: Portal;
let libraryDbPath: string;
let ids: Record<string, string>;
let report: OcrRunReport;

beforeAll(async () => {
  const folder = tempFolderFor('ocr-detect');
  for (const [name, { from }] of Object.entries(LOOSE))
    copyFileSync(fixture(from), join(folder, name));
  // The catalog names this Burmese scan's language wrongly, as Thai: the catalog still wins.
  copyFileSync(fixture('scan-my.pdf'), join(folder, 'catalogued.pdf'));
  writeFileSync(
    join(folder, 'catalog.yaml'),
    'version: 1\ndocuments:\n  - { file: catalogued.pdf, type: report, title: Catalogued scan, language: th }\n',
  );
  const data = tempFolderFor('ocr-detect');
  mkdirSync(join(data, 'ocr-data'));
  copyFileSync(DEBIAN_KHMER, join(data, 'ocr-data', 'khm.traineddata'));
  libraryDbPath = join(data, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  const indexed = await portal.index(folder, { workers: 0 });
  ids = Object.fromEntries(indexed.entries.map((e) => [e.path, e.documentId ?? '']));
  report = await runOcr(
    {
      libraryDbPath,
      libraryFolder: folder,
      dataFolders: ocrDataFolders({ dataFolder: data }),
      cacheFolder: join(data, 'ocr-cache'),
      workers: 1,
    },
    { drawPage: (request) => renderPdfPage(request) },
  );
}, 900_000);

afterAll(() => portal?.close());

describe('detecting the language of loose scans in the OCR run', () => {
  it('reads every page', () => {
    console.log(`OCR run with detection: ${report.recognised} pages in ${report.elapsedMs} ms`);
    expect(report).toMatchObject({ recognised: 7, failed: [], stopped: false });
  });

  for (const [name, { language, word }] of Object.entries(LOOSE)) {
    it(`finds ${name} in ${language}, and a search finds "${word}" on its page`, async () => {
      const detail = await portal.api.getDocument(ids[name]!);
      expect(detail.ok && detail.value).toMatchObject({ language, languageDetected: true });
      withDatabaseFile(libraryDbPath, (db) =>
        expect(readLanguageDecision(db, ids[name]!)).toMatchObject({
          decidedBy: 'detected',
          language,
        }),
      );
      const found = await portal.api.search({ query: word });
      if (!found.ok) throw new Error(found.error.message);
      const hit = found.value.hits.find((h) => h.document.id === ids[name]);
      expect(hit?.pages[0]?.page).toBe(1);
    });
  }

  it('keeps the language the catalog names, detecting nothing', async () => {
    const detail = await portal.api.getDocument(ids['catalogued.pdf']!);
    expect(detail.ok && detail.value.language).toBe('th');
    expect(detail.ok && detail.value.languageDetected).toBeUndefined();
    withDatabaseFile(libraryDbPath, (db) =>
      expect(readLanguageDecision(db, ids['catalogued.pdf']!)).toBeNull(),
    );
  });
});
