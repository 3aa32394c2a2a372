// A library folder of image-only PDFs (tests/fixtures/ocr: pages rasterised from the project's
// PDFs and wrapped with img2pdf), indexed, for the OCR run's tests.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, type Portal } from '#core/portal.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import type { OcrRunStart } from '#core/ocr-run/ocr-run-messages.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

/** File name, catalog title and language of each scan. */
export const SCANS = {
  'scan-en-vi.pdf': { title: 'Handbook scan', language: 'vi' },
  'scan-th.pdf': { title: 'Thai scan', language: 'th' },
  'scan-lo.pdf': { title: 'Lao scan', language: 'lo' },
  'scan-my.pdf': { title: 'Burmese scan', language: 'my' },
} as const;

export type ScanName = keyof typeof SCANS;

export interface ScannedLibrary {
  portal: Portal;
  folder: string;
  libraryDbPath: string;
  userDbPath: string;
  ids: Record<string, string>;
  /** The start message of an OCR run over this library. */
  runRequest(workers?: number): OcrRunStart;
}

export async function scannedLibrary(names: readonly ScanName[]): Promise<ScannedLibrary> {
  const folder = tempFolder();
  for (const name of names) copyFileSync(fixture(name), join(folder, name));
  writeFileSync(
    join(folder, 'catalog.yaml'),
    `version: 1\ndocuments:\n${names
      .map(
        (name) =>
          `  - { file: ${name}, type: report, title: ${SCANS[name].title}, language: ${SCANS[name].language} }`,
      )
      .join('\n')}\n`,
  );
  const data = tempFolder();
  const libraryDbPath = join(data, 'library.sqlite');
  const userDbPath = join(data, 'user.sqlite');
  const portal = openPortal({ libraryDbPath, userDbPath, libraryFolder: folder });
  const report = await portal.index(folder, { workers: 0 });
  const ids = Object.fromEntries(report.entries.map((e) => [e.path, e.documentId ?? '']));
  return {
    portal,
    folder,
    libraryDbPath,
    userDbPath,
    ids,
    runRequest: (workers = 2) => ({
      libraryDbPath,
      libraryFolder: folder,
      dataFolders: ocrDataFolders({}),
      cacheFolder: join(data, 'ocr-cache'),
      workers,
      drawInProcess: false,
    }),
  };
}
