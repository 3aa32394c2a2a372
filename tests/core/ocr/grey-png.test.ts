// Turning a page image: a greyscale PNG written and read back is the same image, and each quarter
// turn moves pixels clockwise, four making the original again; other PNGs are refused clearly.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeGreyPng, decodePngAsGrey, encodeGreyPng, rotateGrey } from '#core/ocr/grey-png.ts';
import type { GreyImage } from '#core/ocr/grey-png.ts';

// 3 wide, 2 high:  1 2 3
//                  4 5 6
const image: GreyImage = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]) };

describe('greyscale page images', () => {
  it('reads back what it writes', () => {
    expect(decodeGreyPng(encodeGreyPng(image))).toEqual(image);
  });

  it('turns clockwise by quarter turns', () => {
    expect(rotateGrey(image, 90)).toEqual({
      width: 2,
      height: 3,
      pixels: Uint8Array.from([4, 1, 5, 2, 6, 3]),
    });
    expect(rotateGrey(image, 180)).toEqual({
      width: 3,
      height: 2,
      pixels: Uint8Array.from([6, 5, 4, 3, 2, 1]),
    });
    expect(rotateGrey(image, 270)).toEqual({
      width: 2,
      height: 3,
      pixels: Uint8Array.from([3, 6, 2, 5, 1, 4]),
    });
    let turned = image;
    for (let i = 0; i < 4; i++) turned = rotateGrey(turned, 90);
    expect(turned).toEqual(image);
  });

  it('undoes every PNG row filter', () => {
    // The same 3 × 2 image with rows filtered by Sub (1) and Paeth (4).
    const raw = Buffer.from([1, 1, 1, 1, 4, 3, 1, 1]);
    const png = Buffer.from(encodeGreyPng(image));
    const idat = png.indexOf('IDAT');
    const body = deflateSync(raw);
    const rebuilt = Buffer.concat([
      png.subarray(0, idat - 4),
      Buffer.from([0, 0, 0, body.length]),
      Buffer.from('IDAT'),
      body,
      Buffer.alloc(4),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('IEND'),
      Buffer.alloc(4),
    ]);
    expect(decodeGreyPng(rebuilt).pixels).toEqual(image.pixels);
  });

  it('refuses what is not an 8-bit greyscale PNG', () => {
    expect(() => decodeGreyPng(Buffer.from('GIF89a…'))).toThrow('The image is not a PNG.');
    const colour = Buffer.from(encodeGreyPng(image));
    colour[25] = 2; // colour type: RGB
    expect(() => decodeGreyPng(colour)).toThrow('Only 8-bit greyscale PNG images can be turned.');
  });

  it('reads a colour page image in grey, dark text on a light page', () => {
    const png = readFileSync(new URL('../../fixtures/ocr/en-handbook.png', import.meta.url));
    const grey = decodePngAsGrey(png);
    expect([grey.width, grey.height]).toEqual([1167, 1656]);
    const dark = grey.pixels.filter((p) => p < 128).length;
    expect(dark).toBeGreaterThan(0);
    expect(dark).toBeLessThan(grey.pixels.length * 0.2);
    expect(decodePngAsGrey(encodeGreyPng(image))).toEqual(image);
  });
});
