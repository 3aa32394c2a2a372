import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '#core/ingest/file-format.ts';
import { encodePng } from '#core/ingest/image/encode-png.ts';
import { extractImage } from '#core/ingest/image/extract-image.ts';
import { checkPixels, imageKind, jpegSize, pngSize } from '#core/ingest/image/image-header.ts';
import { DEFAULT_READ_LIMITS } from '#core/ingest/read-limits.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/ocr/${name}`, import.meta.url)));
const [jpeg, png, tiff] = [
  fixture('scan-km.jpg'),
  fixture('scan-lo.png'),
  fixture('scan-lo-g4.tiff'),
];

describe('image files told by their bytes', () => {
  it('knows PNG, JPEG and TIFF by their signatures', () => {
    expect([imageKind(png), imageKind(jpeg), imageKind(tiff)]).toEqual(['png', 'jpeg', 'tiff']);
    expect(imageKind(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(imageKind(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
  });

  it('reads image files as documents of format image, whatever their names say', () => {
    expect(detectFormat('scan.png', png)).toEqual({ format: 'image' });
    expect(detectFormat('scan.JPG', jpeg)).toEqual({ format: 'image' });
    expect(detectFormat('scan.tif', tiff)).toEqual({ format: 'image' });
    expect(detectFormat('scan.txt', jpeg)).toEqual({
      format: 'image',
      warning: 'The file is a JPEG image although its name ends in .txt.',
    });
    expect(() => detectFormat('scan.png', new TextEncoder().encode('not a picture'))).toThrow(
      /named \.png but is not a PNG, JPEG or TIFF image/,
    );
  });

  it('reads the size of PNG and JPEG images from their headers', () => {
    expect(jpegSize(jpeg)).toEqual({ width: 497, height: 702 });
    expect(pngSize(png)).toEqual({ width: 331, height: 468 });
    expect(() => pngSize(png.subarray(0, 20))).toThrow(/damaged or incomplete/);
    expect(() => jpegSize(jpeg.subarray(0, 30))).toThrow(/damaged or incomplete/);
  });

  it('refuses an image with more pixels than a page may have, before decoding it', async () => {
    expect(() => checkPixels({ width: 100_000, height: 100_000 }, 50_000_000)).toThrow(
      /100000 × 100000 pixels, more than the 50 million/,
    );
    const limits = { ...DEFAULT_READ_LIMITS, pixelsPerPage: 1000 };
    await expect(extractImage(png, limits)).rejects.toThrow(/too large to read safely/);
    await expect(extractImage(jpeg, DEFAULT_READ_LIMITS)).resolves.toEqual([
      { width: 497, height: 702 },
    ]);
  });
});

describe('encodePng', () => {
  const pixels = (rows: number[][]) => new Uint8Array(rows.flat());

  it('writes greyscale pages with one byte per pixel', () => {
    const grey = encodePng(
      pixels([
        [0, 0, 0, 255],
        [255, 255, 255, 255],
      ]),
      2,
      1,
    );
    expect(imageKind(grey)).toBe('png');
    expect(pngSize(grey)).toEqual({ width: 2, height: 1 });
    expect(grey[25]).toBe(0);
    const idat = Buffer.from(grey).indexOf('IDAT');
    const length = Buffer.from(grey).readUInt32BE(idat - 4);
    expect([...inflateSync(grey.subarray(idat + 4, idat + 4 + length))]).toEqual([0, 0, 255]);
  });

  it('writes colour pages as RGBA', () => {
    const colour = encodePng(pixels([[200, 10, 10, 255]]), 1, 1);
    expect(colour[25]).toBe(6);
    expect(() => encodePng(new Uint8Array(3), 1, 1)).toThrow(/Expected 4 bytes/);
  });
});
