import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineLanguages, recognisePendingPages } from '#core/ocr/ocr-queue.ts';
import { openPortal, type Portal } from '#core/portal.ts';
import { MAX_OCR_ATTEMPTS, pendingOcrPages, readOcrNeeds } from '#core/store/library/ocr-needs.ts';
import {
  ocrPageCounts,
  putDocumentFirst,
  readOcrFailures,
} from '#core/store/library/ocr-attempts.ts';
import type { OcrEngine, OcrPage } from '#shared/ocr-types.ts';
import { readLanguageDecision } from '#core/store/library/language-decisions.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

/** Runs the queue on its own connection to the library, beside the open portal. */
async function withQueueDb<T>(file: string, work: (db: Database.Database) => Promise<T>) {
  const db = new Database(file);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;

/** What detection answers when no model reads clearly better: English. */
const UNSURE = { language: 'en', sure: false, trials: [], ms: 0 };

/** An engine that "reads" the words it is told, recording what it was asked. */
function fakeEngine(words: string[]): OcrEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    recognise(image: Uint8Array, languages: string[]): Promise<OcrPage> {
      calls.push(languages);
      if (image.length === 0) return Promise.reject(new Error('No image.'));
      return Promise.resolve({
        text: words.join(' '),
        words: words.map((text, i) => ({
          text,
          box: [10 + 60 * i, 10, 60 + 60 * i, 30],
          confidence: 77,
        })),
        confidence: 77,
        width: 600,
        height: 800,
        languages,
        model: 'fake-1',
      });
    },
    detectLanguage: () => Promise.resolve(UNSURE),
    close: () => Promise.resolve(),
  };
}

async function scannedLibrary() {
  const folder = tempFolder();
  copyFileSync(fixture('scanned-km.pdf'), join(folder, 'scanned.pdf'));
  copyFileSync(fixture('scan-lo.png'), join(folder, 'notice.png'));
  const data = tempFolder();
  const libraryDbPath = join(data, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  const report = await portal.index(folder, { workers: 0 });
  const idOf = (path: string) => report.entries.find((e) => e.path === path)?.documentId ?? '';
  return {
    p: portal,
    folder,
    libraryDbPath,
    scanned: idOf('scanned.pdf'),
    notice: idOf('notice.png'),
  };
}

describe('the OCR queue', () => {
  it('picks the language data for a document language, English always included', () => {
    expect(engineLanguages('km')).toEqual(['km', 'en']);
    expect(engineLanguages('vi-VN')).toEqual(['vi', 'en']);
    expect(engineLanguages('en')).toEqual(['en']);
    expect(engineLanguages('und')).toEqual(['en']);
    expect(engineLanguages('toString')).toEqual(['en']);
  });

  it('finds the pages that need OCR as files are indexed', async () => {
    const { libraryDbPath, scanned, notice } = await scannedLibrary();
    withDatabaseFile(libraryDbPath, (db) => {
      expect(readOcrNeeds(db, scanned)).toEqual([{ page: 1, reason: 'no-text' }]);
      expect(readOcrNeeds(db, notice)).toEqual([{ page: 1, reason: 'no-text' }]);
      expect(pendingOcrPages(db).map((p) => [p.documentId, p.page, p.format])).toEqual(
        expect.arrayContaining([
          [scanned, 1, 'pdf'],
          [notice, 1, 'image'],
        ]),
      );
    });
  });

  it('records what the engine read, and the next indexing run makes it searchable', async () => {
    const { p, folder, libraryDbPath, notice } = await scannedLibrary();
    const engine = fakeEngine(['Interpreters', 'in', 'court']);
    const result = await withQueueDb(libraryDbPath, (db) =>
      recognisePendingPages({
        db,
        engine,
        // A PDF page would be rendered by the engine's process; an image file is its own page.
        pageImage: (page) =>
          Promise.resolve(
            page.format === 'image'
              ? readFileSync(join(folder, page.path ?? ''))
              : new Uint8Array(),
          ),
      }),
    );
    expect(result).toMatchObject({ recognised: 1, stopped: false });
    expect(result.failed).toEqual([expect.objectContaining({ page: 1, message: 'No image.' })]);
    withDatabaseFile(libraryDbPath, (db) =>
      expect(pendingOcrPages(db).map((q) => q.documentId)).not.toContain(notice),
    );

    const again = await p.index(folder, { workers: 0 });
    expect(again.entries.find((e) => e.documentId === notice)?.outcome).toBe('updated');
    const pages = await p.api.getPages(notice);
    expect(pages.ok && pages.value[0]).toMatchObject({
      text: 'Interpreters in court',
      ocr: { confidence: 77 },
    });
    const hit = await p.api.search({ query: 'interpreters' });
    expect(hit.ok && hit.value.total).toBe(1);
  });

  it('detects a loose scan’s language once, reads it in that language, and records it on the document', async () => {
    const { p, folder, libraryDbPath, notice } = await scannedLibrary();
    const engine = fakeEngine(['ສານ']);
    const detected: string[] = [];
    const lao = { language: 'lo', sure: true, trials: [], ms: 1 };
    const drawnIn: string[] = [];
    await withQueueDb(libraryDbPath, (db) =>
      recognisePendingPages({
        db,
        engine: {
          ...engine,
          detectLanguage: (image) => {
            detected.push(String(image.length));
            return Promise.resolve(lao);
          },
        },
        documentIds: [notice],
        pageImage: (page) => {
          drawnIn.push(page.language);
          return Promise.resolve(readFileSync(join(folder, page.path ?? '')));
        },
      }),
    );
    expect(detected).toHaveLength(1);
    // Fetched for detection in the default language, then again in the detected one.
    expect(drawnIn).toEqual(['en', 'lo']);
    expect(engine.calls).toEqual([['lo', 'en']]);
    withDatabaseFile(libraryDbPath, (db) =>
      expect(readLanguageDecision(db, notice)).toMatchObject({
        decidedBy: 'detected',
        language: 'lo',
      }),
    );
    await p.index(folder, { workers: 0 });
    const detail = await p.api.getDocument(notice);
    expect(detail.ok && detail.value).toMatchObject({ language: 'lo', languageDetected: true });
  });

  it('stops between pages when asked to', async () => {
    const { libraryDbPath } = await scannedLibrary();
    const stop = new AbortController();
    stop.abort();
    const result = await withQueueDb(libraryDbPath, (db) =>
      recognisePendingPages({
        db,
        engine: fakeEngine(['x']),
        pageImage: () => Promise.resolve(new Uint8Array([1])),
        signal: stop.signal,
      }),
    );
    expect(result).toEqual({ recognised: 0, failed: [], reindexed: [], stopped: true });
  });

  it('gives a page up after three failed runs, with the reason, until it is asked for again', async () => {
    const { libraryDbPath, notice } = await scannedLibrary();
    const failing: OcrEngine = {
      recognise: () => Promise.reject(new Error('The page image could not be decoded.')),
      detectLanguage: () => Promise.resolve(UNSURE),
      close: () => Promise.resolve(),
    };
    const run = () =>
      withQueueDb(libraryDbPath, (db) =>
        recognisePendingPages({
          db,
          engine: failing,
          documentIds: [notice],
          pageImage: () => Promise.resolve(new Uint8Array([1])),
        }),
      );
    // Failed once in a run, a page waits for the next run rather than failing again at once.
    for (let attempt = 1; attempt <= MAX_OCR_ATTEMPTS; attempt++)
      expect((await run()).failed).toHaveLength(1);
    expect(await run()).toEqual({ recognised: 0, failed: [], reindexed: [], stopped: false });
    withDatabaseFile(libraryDbPath, (db) => {
      expect(ocrPageCounts(db, notice)).toEqual({ pending: 0, done: 0, failed: 1 });
      expect(readOcrFailures(db, notice)).toEqual([
        { page: 1, reason: 'The page image could not be decoded.' },
      ]);
      // "Read this document now" gives it another go, first in the queue.
      expect(putDocumentFirst(db, notice)).toBe(1);
      expect(pendingOcrPages(db, 1)[0]).toMatchObject({ documentId: notice, page: 1 });
    });
  });
});
