// The strip detection reads: a few lines of running text from the middle of the page, cut to
// their ink, pictures and specks passed over.
import { describe, expect, it } from 'vitest';
import type { GreyImage } from '#core/ocr/grey-png.ts';
import { textStrip } from '#core/ocr/text-strip.ts';

/** A white page with dark boxes at these rows and columns. */
function page(
  width: number,
  height: number,
  boxes: [y0: number, y1: number, x0: number, x1: number][],
) {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [y0, y1, x0, x1] of boxes)
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x += 2) pixels[y * width + x] = 0;
  return { width, height, pixels } satisfies GreyImage;
}

describe('a strip of text lines', () => {
  it('takes lines from the middle of the text, cut to their ink', () => {
    const lines: [number, number, number, number][] = Array.from({ length: 9 }, (_, i) => [
      100 + i * 40,
      120 + i * 40,
      50,
      350,
    ]);
    // A picture (tall, solid) above the text is passed over.
    const image = page(400, 600, [[10, 90, 10, 390], ...lines]);
    const strip = textStrip(image, 2)!;
    expect(strip.height).toBeLessThanOrEqual(2 * 40 + 20);
    expect(strip.width).toBeLessThanOrEqual(300 + 2 * 10 + 1);
    expect(strip.pixels.some((p) => p === 0)).toBe(true);
  });

  it('finds none on a blank page', () => {
    expect(textStrip(page(100, 100, []))).toBeNull();
  });
});
