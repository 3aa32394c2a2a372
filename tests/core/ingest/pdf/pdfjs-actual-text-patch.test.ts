// Guards patches/pdfjs-dist+*.patch: without it, pdf.js drops /ActualText and Khmer, Thai, Lao and
// Burmese text from Chromium's PDFs loses letters. An upgrade of pdfjs-dist that no longer takes
// the patch must fail here, not silently in the index.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const khmerFixture = resolve(import.meta.dirname, '../../../fixtures/pdf/khmer-guide.pdf');

interface MarkedItem {
  type?: string;
  actualText?: string | null;
  str?: string;
}

describe('the pdfjs-dist /ActualText patch', () => {
  it.each(['legacy/build/pdf.worker.mjs', 'build/pdf.worker.mjs'])('is applied to %s', (file) => {
    const worker = readFileSync(join(pdfjsRoot, file), 'utf8');
    expect(worker).toContain(
      'actualText: typeof actualText === "string" ? stringToPDFString(actualText) : null',
    );
  });

  it('is in the worker the reader bundles (pdf.js’s own minified worker is not patched)', () => {
    const port = readFileSync(
      resolve(import.meta.dirname, '../../../../renderer/src/reader/pdf/pdf-worker-port.ts'),
      'utf8',
    );
    expect(port).toContain("from 'pdfjs-dist/build/pdf.worker.mjs?worker&url'");
  });

  it('makes pdf.js report the ActualText of each marked-content span', async () => {
    const task = getDocument({ data: new Uint8Array(readFileSync(khmerFixture)), verbosity: 0 });
    try {
      const page = await (await task.promise).getPage(1);
      const items = (await page.getTextContent({ includeMarkedContent: true }))
        .items as MarkedItem[];
      const spans = items.filter(
        (i) => i.type === 'beginMarkedContentProps' && typeof i.actualText === 'string',
      );
      // Chromium wraps every shaped cluster of the page in a span; the raw glyph text lacks letters.
      expect(spans.length).toBeGreaterThan(20);
      expect(spans.map((s) => s.actualText)).toContain('ស្ស');
      expect(items.some((i) => i.str?.includes('\u0000'))).toBe(true);
    } finally {
      await task.destroy();
    }
  });
});
