// A PDF page drawn in a process of its own, at the resolution asked, reads back as the page's
// text; a page that is not there, a file that is not a PDF and a resolution out of bounds are
// refused with clear messages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '#core/ocr/character-error-rate.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { pageImageSize } from '#core/ocr/page-image.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { renderPdfPage } from '#core/ocr/render-pdf-page.ts';

const PDFS = resolve(import.meta.dirname, '../../fixtures/pdf');
const handbook = join(PDFS, 'english-handbook.pdf');
const work = mkdtempSync(join(tmpdir(), 'ocr-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('drawing a PDF page for recognition', () => {
  it('draws an A5 page at 200 dpi, and the page reads back as its text', async () => {
    const page = await renderPdfPage({ path: handbook, page: 1, dpi: 200 });
    // A5 is 420 × 596 points: 1166 × 1655 pixels at 200 dpi.
    expect([page.width, page.height, page.dpi]).toEqual([1166, 1655, 200]);
    expect(pageImageSize(page.png)).toEqual({ format: 'png', width: 1166, height: 1655 });
    const engine = await createOcrEngine({ dataFolders: ocrDataFolders({}), cacheFolder: work });
    try {
      const read = await engine.recognise(page.png, ['en']);
      const source = execFileSync('pdftotext', ['-f', '1', '-l', '1', handbook, '-'], {
        encoding: 'utf8',
      });
      expect(characterErrorRate(read.text, source)).toBeLessThan(2);
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('refuses a page that is not there, a file that is not a PDF, a resolution out of bounds', async () => {
    await expect(renderPdfPage({ path: handbook, page: 9, dpi: 200 })).rejects.toThrow(
      'The PDF has 3 pages; there is no page 9.',
    );
    await expect(
      renderPdfPage({ path: join(PDFS, 'corrupt.pdf'), page: 1, dpi: 200 }),
    ).rejects.toThrow(/The page could not be drawn/);
    await expect(
      renderPdfPage({ path: join(work, 'missing.pdf'), page: 1, dpi: 200 }),
    ).rejects.toThrow(/The page could not be drawn: .*no such file/);
    expect(() => renderPdfPage({ path: handbook, page: 1, dpi: 2400 })).toThrow(
      'The resolution must be from 50 to 600 dpi.',
    );
    expect(() => renderPdfPage({ path: handbook, page: 0, dpi: 200 })).toThrow(
      /whole number from 1/,
    );
  }, 60_000);

  it('stops a drawing that takes longer than its time limit', async () => {
    await expect(
      renderPdfPage({ path: handbook, page: 1, dpi: 600 }, { timeoutMs: 1 }),
    ).rejects.toThrow(/took longer than 0.001 seconds; it was stopped/);
  });
});
