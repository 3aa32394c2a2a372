// The read limits as the extraction applies them: in the calling thread, in the worker pool
// (where cancelling ends the file being read at once), and through the options of a run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { createWorkerExtractor } from '#core/ingest/extract-pool.ts';
import type { Extractor } from '#core/ingest/extract-pool.ts';
import { IngestError, ReadingCancelled } from '#core/ingest/ingest-error.ts';
import { DEFAULT_READ_LIMITS, readLimits } from '#core/ingest/read-limits.ts';
import { openPortal } from '#core/portal.ts';
import { makeBombFile } from '#scripts/fixtures/make-bomb-files.ts';
import { portal } from '../../helpers/portal-cli.ts';
import { tempFolder, tempFolderFor } from '../../helpers/temp-folder.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf', name)));

let bombs: string;
beforeAll(() => {
  bombs = tempFolderFor('read-limits');
  makeBombFile(bombs, 'flate-bomb.pdf');
  makeBombFile(bombs, 'xobject-bomb.pdf');
  makeBombFile(bombs, 'long-document.pdf');
  makeBombFile(bombs, 'huge-document.docx');
  makeBombFile(bombs, 'understated-part.docx');
});
const bomb = (name: string) => new Uint8Array(readFileSync(join(bombs, name)));

let pool: Extractor | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the read limits a run can be given', () => {
  it('take pages and seconds per file, and refuse what is not a whole number in bounds', () => {
    expect(readLimits({ pagesPerFile: 20_000, secondsPerFile: 600 })).toEqual({
      ...DEFAULT_READ_LIMITS,
      pagesPerFile: 20_000,
      secondsPerFile: 600,
    });
    expect(() => readLimits({ pagesPerFile: 0 })).toThrow(/max-pages-per-file .* from 1 to/);
    expect(() => readLimits({ secondsPerFile: 1.5 })).toThrow(/max-seconds-per-file/);
    expect(() => readLimits({ secondsPerFile: Number.NaN })).toThrow(IngestError);
  });

  it('are flags of portal index, checked before anything is read', () => {
    const home = tempFolder();
    const refused = portal(['index', home, '--max-seconds-per-file', 'soon'], home);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/--max-seconds-per-file must be a number/);
    const tooMany = portal(['index', home, '--max-pages-per-file', '0'], home);
    expect(tooMany.stderr).toMatch(/--max-pages-per-file must be at least 1/);
  });
});

describe('a file that inflates past its limits', () => {
  it('is refused as too large to read safely: a PDF stream of 1 GiB', async () => {
    const failure = extractDocument('flate-bomb.pdf', bomb('flate-bomb.pdf'));
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toThrow(/too large to read safely: one of its compressed parts/);
  });

  it('is refused as too large to read safely: a Word part of 1 GiB, before the Word reader sees it', async () => {
    await expect(extractDocument('huge-document.docx', bomb('huge-document.docx'))).rejects.toThrow(
      /too large to read safely: its part word\/document\.xml/,
    );
  });

  it('is refused when a Word part inflates past the size it declares, before the Word reader sees it', async () => {
    await expect(
      extractDocument('understated-part.docx', bomb('understated-part.docx')),
    ).rejects.toThrow(/word\/document\.xml does not inflate to the size it declares/);
  });
});

describe('the time and page limits of a file', () => {
  it('stop a PDF at its page limit, saying so, with the pages read kept', async () => {
    const doc = await extractDocument(
      'page-labels.pdf',
      fixture('page-labels.pdf'),
      readLimits({ pagesPerFile: 2 }),
    );
    expect(doc.pages).toHaveLength(2);
    expect(doc.warnings.join(' ')).toMatch(/first 2 of its 6 pages .* --max-pages-per-file/);
  });

  it('stop reading a long PDF at the time limit, saying which limit, with the pages read kept', async () => {
    const started = performance.now();
    const doc = await extractDocument(
      'long-document.pdf',
      bomb('long-document.pdf'),
      readLimits({ secondsPerFile: 3, pagesPerFile: 50_000 }),
    );
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(doc.warnings.join(' ')).toMatch(/time limit of 3 seconds per file .* of 50000 pages/);
    expect(doc.pages.length).toBeGreaterThan(0);
    expect(doc.pages.length).toBeLessThan(50_000);
  });

  it('cut short a page that repeats a drawing inside itself, keeping its first part', async () => {
    const doc = await extractDocument('xobject-bomb.pdf', bomb('xobject-bomb.pdf'));
    expect(doc.warnings).toEqual([
      expect.stringMatching(/^Page 1 of 1 repeats the same drawing so often/),
    ]);
    expect(doc.pages[0]!.text).toMatch(/repeated word/);
  });
});

describe('cancelling a run in the worker pool', () => {
  it('ends the file being read at once, and the pool goes on with new workers', async () => {
    pool = createWorkerExtractor(1);
    const controller = new AbortController();
    const reading = pool.extract('long-document.pdf', bomb('long-document.pdf'), {
      limits: readLimits({ secondsPerFile: 600, pagesPerFile: 50_000 }),
      signal: controller.signal,
    });
    const waiting = pool.extract('english-handbook.pdf', fixture('english-handbook.pdf'), {
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 1500));
    const cancelledAt = performance.now();
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(ReadingCancelled);
    await expect(waiting).rejects.toBeInstanceOf(ReadingCancelled);
    expect(performance.now() - cancelledAt).toBeLessThan(1000);
    const after = await pool.extract('english-handbook.pdf', fixture('english-handbook.pdf'));
    expect(after.pages.length).toBe(3);
  });

  it('ends the run without reporting the file it stopped as a failure', async () => {
    const folder = tempFolder();
    makeBombFile(folder, 'long-document.pdf');
    const data = tempFolder();
    const library = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 2000);
    const started = performance.now();
    try {
      const report = await library.index(folder, {
        workers: 1,
        signal: controller.signal,
        limits: { secondsPerFile: 600, pagesPerFile: 50_000 },
      });
      expect(report.cancelled).toBe(true);
      expect(report.entries).toEqual([]);
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      library.close();
    }
  });

  it('read a document the page limit stopped again, whole, once a run allows it more pages', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'labelled.pdf'), fixture('page-labels.pdf'));
    const data = tempFolder();
    const library = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
    });
    try {
      const first = await library.index(folder, { workers: 0, limits: { pagesPerFile: 2 } });
      expect(first.entries).toMatchObject([{ outcome: 'indexed', pages: 2 }]);
      const same = await library.index(folder, { workers: 0, limits: { pagesPerFile: 2 } });
      expect(same.unchanged).toBe(1);
      const whole = await library.index(folder, { workers: 0 });
      expect(whole.entries).toMatchObject([{ outcome: 'updated', pages: 6 }]);
      const after = await library.index(folder, { workers: 0, limits: { pagesPerFile: 50_000 } });
      expect(after.unchanged).toBe(1);
    } finally {
      library.close();
    }
  });
});
