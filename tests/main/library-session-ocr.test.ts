// The library session with the OCR run (fork, as the desktop starts it as a utility process):
// scanned pages are read once indexing has finished, the run gives way while "Add documents"
// indexes, and takes up the pages again afterwards; the engine's window answers with the words.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import { libraryLocation } from '#core/library/library-location.ts';
import { forkIngestHost } from '#core/ingest-host/fork-ingest-host.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { ocrController, type OcrController } from '#core/ocr-run/ocr-controller.ts';
import { openLibrarySession } from '#main/library-session.ts';
import type { LibrarySession } from '#main/library-session.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const SCAN = resolve(import.meta.dirname, '../fixtures/ocr/scan-en-vi.pdf');

describe('the library session with OCR', () => {
  let session: LibrarySession | null = null;
  let ocr: OcrController | null = null;
  afterEach(async () => {
    session?.close();
    await ocr?.idle();
    session = ocr = null;
  });

  it('reads scanned pages after indexing, and stops for an ingest and starts again after it', async () => {
    const userData = tempFolderFor('session-ocr');
    const location = libraryLocation(userData);
    mkdirSync(location.libraryFolder, { recursive: true });
    copyFileSync(SCAN, join(location.libraryFolder, 'scan.pdf'));
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      ingestHost: forkIngestHost(),
      chooseFiles: async () => ({ ok: true, value: [] }),
      ocr: (engine) =>
        (ocr = ocrController({
          engine: engine.api,
          launch: forkOcrRunChild(),
          run: {
            libraryDbPath: location.libraryDbPath,
            libraryFolder: location.libraryFolder,
            dataFolders: ocrDataFolders({}),
            cacheFolder: join(userData, 'ocr-cache'),
            workers: 1,
            drawInProcess: false,
          },
        })),
    });

    const indexed = await session.indexLibrary({ extractWorkers: 0 });
    expect(indexed).toMatchObject({ ok: true, value: { indexed: 1 } });
    await expect
      .poll(async () => {
        const status = await session!.api.ocrStatus(null);
        return status.ok && status.value.state;
      })
      .toBe('running');

    // Adding a file stops the run while it indexes; the run takes up the pages afterwards.
    const note = join(userData, 'note.md');
    writeFileSync(note, '# Note\n\nShelter referral.\n');
    const added = await session.api.addFiles({ paths: [note] });
    expect(added).toMatchObject({ ok: true, value: { indexed: 1 } });
    await ocr!.idle();
    const status = await session.api.ocrStatus(null);
    expect(status).toMatchObject({
      ok: true,
      value: { state: 'idle', pages: { pending: 0, done: 2, failed: 0 } },
    });
    const found = await session.api.search({ query: 'Zalo' });
    expect(found.ok && found.value.hits[0]?.pages[0]?.page).toBe(2);
  }, 300_000);
});
