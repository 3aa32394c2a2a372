import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractImage } from '#core/ingest/image/extract-image.ts';
import { imageKind, pngSize } from '#core/ingest/image/image-header.ts';
import { loadTiffDecoder } from '#core/ingest/image/tiff-frames.ts';
import { DEFAULT_READ_LIMITS } from '#core/ingest/read-limits.ts';

const tiff = new Uint8Array(
  readFileSync(new URL('../../../fixtures/ocr/scan-lo-g4.tiff', import.meta.url)),
);
const decoder = await loadTiffDecoder();

describe('TIFF scans', () => {
  it.skipIf(decoder === null)(
    'reads each frame of a Group 4 TIFF as a PNG page (needs the utif2 package, utif2@4.1.0)',
    async () => {
      const pages = await extractImage(tiff, DEFAULT_READ_LIMITS);
      expect(pages.map(({ width, height }) => ({ width, height }))).toEqual([
        { width: 331, height: 468 },
        { width: 331, height: 468 },
      ]);
      for (const page of pages) {
        expect(imageKind(page.png!)).toBe('png');
        expect(pngSize(page.png!)).toEqual({ width: 331, height: 468 });
      }
    },
  );

  it.skipIf(decoder === null)('keeps to the page and pixel limits', async () => {
    const one = await extractImage(tiff, { ...DEFAULT_READ_LIMITS, pagesPerFile: 1 });
    expect(one).toHaveLength(1);
    await expect(
      extractImage(tiff, { ...DEFAULT_READ_LIMITS, pixelsPerPage: 10_000 }),
    ).rejects.toThrow(/Page 1 of the TIFF image is too large/);
  });

  it.skipIf(decoder !== null)('says the decoder is missing when it is', async () => {
    await expect(extractImage(tiff, DEFAULT_READ_LIMITS)).rejects.toThrow(
      /utif2 package that decodes them is missing/,
    );
  });
});
