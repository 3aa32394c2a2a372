// The scanned pages of an indexed library read by the real OCR engine, in this process (the
// background run's work, done at once for a test), and recorded for the next indexing run.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { renderPdfPage } from '#core/ocr/render-pdf-page.ts';
import { writeLanguageDetection } from '#core/store/library/language-decisions.ts';
import { pendingOcrPages, type PendingOcrPage } from '#core/store/library/ocr-needs.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import { markTextOutdated } from '#core/store/library/outdated-text.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';

/** A file's document id: the hash of its bytes. */
export const idOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

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

export interface ScannedLibrary {
  /** The folder holding the library folder, its databases and the OCR cache. */
  work: string;
  library: string;
  portal: Portal;
  /** The pages the OCR engine read. */
  read: PendingOcrPage[];
}

/**
 * A library of these files (name in the library -> fixture path), indexed, its scans read by the
 * OCR engine (those `choice` keeps, with `choice`'s detection) and indexed again from the words read.
 */
export async function scannedLibrary(
  prefix: string,
  files: Record<string, string>,
  choice: Pick<ScanReading, 'keep' | 'detect'> = {},
): Promise<ScannedLibrary> {
  const work = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const library = join(work, 'library');
  mkdirSync(library);
  for (const [name, fixture] of Object.entries(files)) copyFileSync(fixture, join(library, name));
  const libraryDbPath = join(work, 'library.sqlite');
  const portal = openPortal({
    libraryDbPath,
    userDbPath: join(work, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library);
  const read = await readScans({
    libraryDbPath,
    libraryFolder: library,
    cacheFolder: join(work, 'ocr-cache'),
    ...choice,
  });
  await portal.index(library);
  return { work, library, portal, read };
}
