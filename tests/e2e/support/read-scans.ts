// The scanned pages of an indexed library read by the real OCR engine, in this process (the
// background run's work, done at once for a test), and recorded for the next indexing run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { renderPdfPage } from '#core/ocr/render-pdf-page.ts';
import { writeLanguageDetection } from '#core/store/library/language-decisions.ts';
import { pendingOcrPages, type PendingOcrPage } from '#core/store/library/ocr-needs.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import { markTextOutdated } from '#core/store/library/outdated-text.ts';

export interface ScanReading {
  libraryDbPath: string;
  libraryFolder: string;
  cacheFolder: string;
  /** The waiting pages to read; all of them without it. */
  keep?: (page: PendingOcrPage) => boolean;
  /** The pages whose document's language is detected (and recorded) before they are read. */
  detect?: (page: PendingOcrPage) => boolean;
}

/** Reads the waiting pages (PDF pages drawn at 200 dpi); gives the pages read. */
export async function readScans(reading: ScanReading): Promise<PendingOcrPage[]> {
  const db = openLibraryDb(reading.libraryDbPath);
  const engine = await createOcrEngine({
    dataFolders: ocrDataFolders({}),
    cacheFolder: reading.cacheFolder,
  });
  try {
    const pending = pendingOcrPages(db).filter(reading.keep ?? (() => true));
    for (const pendingPage of pending) {
      const { documentId, page, format, path, language } = pendingPage;
      const file = join(reading.libraryFolder, ...path!.split('/'));
      const image =
        format === 'pdf'
          ? (await renderPdfPage({ path: file, page, dpi: 200 })).png
          : new Uint8Array(readFileSync(file));
      if (reading.detect?.(pendingPage))
        writeLanguageDetection(db, documentId, await engine.detectLanguage(image));
      const read = await engine.recognise(image, [language]);
      writeOcrPage(db, documentId, page, read);
      markTextOutdated(db, documentId);
    }
    return pending;
  } finally {
    await engine.close();
    db.close();
  }
}
