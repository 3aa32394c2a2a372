// The background OCR run end to end: real image-only PDFs, the real recogniser in the OCR
// process (fork), the real library database; a search then finds each page's words in its
// language, at its page.
import { afterEach, describe, expect, it } from 'vitest';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { startOcrRun } from '#core/ocr-run/ocr-run-host.ts';
import { ocrPageCounts } from '#core/store/library/ocr-attempts.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { scannedLibrary, type ScannedLibrary } from './scanned-library.ts';

let library: ScannedLibrary | null = null;
afterEach(() => {
  library?.portal.close();
  library = null;
});

describe('the OCR run', () => {
  it('reads scanned pages in their languages and a search finds them at their page', async () => {
    library = await scannedLibrary(['scan-en-vi.pdf', 'scan-th.pdf', 'scan-lo.pdf', 'scan-my.pdf']);
    const { portal, ids } = library;
    const before = await portal.api.search({ query: 'trafficking' });
    expect(before.ok && before.value.total).toBe(0);

    const progress: number[] = [];
    const job = startOcrRun(forkOcrRunChild(), library.runRequest(2), {
      onProgress: (p) => progress.push(p.total),
    });
    const finished = await job.finished;
    expect(finished).toMatchObject({
      ok: true,
      value: { recognised: 5, failed: [], stopped: false },
    });
    expect(progress[0]).toBe(5);
    withDatabaseFile(library.libraryDbPath, (db) =>
      expect(ocrPageCounts(db)).toEqual({ pending: 0, done: 5, failed: 0 }),
    );

    const pageOf = async (query: string) => {
      const found = await portal.api.search({ query });
      if (!found.ok) throw new Error(found.error.message);
      return found.value.hits.map((hit) => [hit.document.id, hit.pages.map((p) => p.page)[0]]);
    };
    // Each document was indexed again by the run itself, not by a later indexing run.
    expect(await pageOf('trafficking')).toEqual([[ids['scan-en-vi.pdf'], 1]]);
    expect(await pageOf('chứng cứ')).toEqual([[ids['scan-en-vi.pdf'], 2]]);
    expect(await pageOf('Zalo')).toEqual([[ids['scan-en-vi.pdf'], 2]]);
    expect(await pageOf('รายงาน')).toEqual([[ids['scan-th.pdf'], 1]]);
    expect(await pageOf('ສານ')).toEqual([[ids['scan-lo.pdf'], 1]]);
    expect(await pageOf('အမျိုးသမီး')).toEqual([[ids['scan-my.pdf'], 1]]);

    const pages = await portal.api.getPages(ids['scan-th.pdf']!);
    expect(pages.ok && pages.value[0]?.ocr?.confidence).toBeGreaterThan(50);
  }, 600_000);
});
