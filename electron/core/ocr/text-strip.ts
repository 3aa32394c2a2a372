// A few lines of a page's text, cut out of its image, for a trial reading that tells which
// script the page is in: reading three short lines with each model takes a small part of the time
// reading the whole page with one does.
import type { GreyImage } from './grey-png.ts';

/** Lines a strip holds: enough words for the models' readings to differ, few enough to be cheap. */
export const STRIP_LINES = 3;

/**
 * The strip is cut at this many line heights wide (some 20 to 40 letters a line): the time a
 * reading takes grows with the length of its lines, and three such lines hold enough common words
 * to tell the page's model from the others (language-trials.ts).
 */
const MAX_LINE_HEIGHTS = 18;

/** Darker than this is ink (the recogniser's grey page: 0 black, 255 white). */
const INK = 128;

interface Band {
  top: number;
  bottom: number;
  /** Share of the band's pixels that are ink. */
  ink: number;
}

/** Runs of rows with ink, gaps of a few rows (a Thai tone mark above its line) bridged. */
function inkBands(image: GreyImage): Band[] {
  const { width, height, pixels } = image;
  const minInk = Math.max(2, Math.round(width * 0.002));
  const bridge = Math.max(2, Math.round(height * 0.003));
  const counts = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    let dark = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) if (pixels[row + x]! < INK) dark++;
    counts[y] = dark;
  }
  const runs: [top: number, bottom: number][] = [];
  for (let y = 0; y < height; y++) {
    if (counts[y]! < minInk) continue;
    const open = runs.at(-1);
    if (open && y - open[1] <= bridge) open[1] = y + 1;
    else runs.push([y, y + 1]);
  }
  const bands = runs.map(([top, bottom]) => {
    let sum = 0;
    for (let y = top; y < bottom; y++) sum += counts[y]!;
    return { top, bottom, ink: sum / (width * (bottom - top)) };
  });
  return bands;
}

/**
 * A strip of up to STRIP_LINES lines of running text from the middle of the page's text, cropped
 * to their ink, or null when the page shows no line of text. Bands much taller or shorter than the
 * typical line (pictures, rules, specks) and bands mostly ink (photographs, stamps) are passed over.
 */
export function textStrip(image: GreyImage, lines = STRIP_LINES): GreyImage | null {
  const bands = inkBands(image);
  if (bands.length === 0) return null;
  const heights = bands.map((b) => b.bottom - b.top).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)]!;
  const text = bands.filter(
    (b) => b.bottom - b.top >= typical / 2 && b.bottom - b.top <= typical * 2 && b.ink < 0.5,
  );
  if (text.length === 0) return null;
  const first = Math.max(0, Math.floor((text.length - lines) / 2));
  const chosen = text.slice(first, first + lines);
  // The margin stops short of the neighbouring lines: a sliver of one reads as noise.
  const margin = Math.round(typical / 2);
  const above = bands[bands.indexOf(chosen[0]!) - 1]?.bottom ?? 0;
  const below = bands[bands.indexOf(chosen.at(-1)!) + 1]?.top ?? image.height;
  const top = Math.max(above, chosen[0]!.top - margin);
  const bottom = Math.min(below, chosen.at(-1)!.bottom + margin);
  return crop(image, top, bottom, margin, typical * MAX_LINE_HEIGHTS);
}

/** Rows top to bottom, cut left and right to their ink with a margin. */
function crop(
  image: GreyImage,
  top: number,
  bottom: number,
  margin: number,
  maxWidth: number,
): GreyImage {
  const { width, pixels } = image;
  let left = width;
  let right = 0;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < width; x++)
      if (pixels[y * width + x]! < INK) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
  left = Math.max(0, left - margin);
  right = Math.min(width, right + 1 + margin, left + maxWidth);
  const outWidth = Math.max(1, right - left);
  const out = new Uint8Array(outWidth * (bottom - top));
  for (let y = top; y < bottom; y++)
    out.set(pixels.subarray(y * width + left, y * width + left + outWidth), (y - top) * outWidth);
  return { width: outWidth, height: bottom - top, pixels: out };
}
