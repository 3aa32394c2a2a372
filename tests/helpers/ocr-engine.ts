// The real OCR engine for tests, with the shipped data (and any folder of the person's own), made
// once per test file and closed after it; and a page recognised into a library as the OCR queue
// records it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import { markTextOutdated } from '#core/store/library/outdated-text.ts';
import type { OcrEngine, OcrPage } from '#shared/ocr-types.ts';
import { tempFolderFor } from './temp-folder.ts';

let engine: Promise<OcrEngine> | null = null;
let calls = 0;

afterAll(async () => {
  await (await engine)?.close();
  engine = null;
});

/** The engine, made on first use; `dataFolder` adds that data folder's own recognition data. */
export function testOcrEngine(dataFolder?: string): Promise<OcrEngine> {
  engine ??= createOcrEngine({
    dataFolders: ocrDataFolders({ dataFolder }),
    cacheFolder: join(tempFolderFor('ocr-cache'), 'cache'),
  });
  return engine;
}

/** How many pages the test engine has been asked to read so far. */
export const ocrEngineCalls = () => calls;

/**
 * Reads a page image with the real engine and records it in the library database as the OCR
 * queue does: the words stored, the document marked for its next indexing run.
 */
export async function recogniseIntoLibrary(
  libraryDbPath: string,
  documentId: string,
  page: number,
  image: Uint8Array,
  languages: string[] = ['en'],
): Promise<OcrPage> {
  const read = await (await testOcrEngine()).recognise(image, languages);
  calls++;
  const db = new Database(libraryDbPath);
  try {
    db.transaction(() => {
      writeOcrPage(db, documentId, page, read);
      markTextOutdated(db, documentId);
    })();
  } finally {
    db.close();
  }
  return read;
}
