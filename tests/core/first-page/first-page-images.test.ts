// A PDF's first page drawn fitted to the reader, in the page-drawing process: as large as the
// reader's canvas would be, kept and served again without drawing, drawn anew once the file's
// bytes change, the cache trimmed to its cap, and a file that cannot be drawn said so (and not
// tried again). Asked for an image already drawn only, nothing is drawn.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createFirstPageImages,
  FirstPageDrawingError,
} from '#core/first-page/first-page-images.ts';
import { forkDrawingProcess } from '#core/ocr/drawing-process.ts';
import type { LaunchDrawingProcess } from '#core/ocr/drawing-process.ts';

const PDFS = resolve(import.meta.dirname, '../../fixtures/pdf');
const work = mkdtempSync(join(tmpdir(), 'first-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A WebP's size, from its extended header (VP8X) or its lossy frame header (VP8). */
function webpSize(image: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(image);
  expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
  const chunk = bytes.toString('latin1', 8, 16);
  if (chunk === 'WEBPVP8X')
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  expect(chunk).toBe('WEBPVP8 ');
  return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
}

/** Generous: the drawing process starts slowly on a busy machine. */
const timeoutMs = 90_000;

function countingLaunches(): { launch: LaunchDrawingProcess; count: () => number } {
  let launched = 0;
  return {
    launch: () => {
      launched += 1;
      return forkDrawingProcess();
    },
    count: () => launched,
  };
}

describe('first-page images', () => {
  it('draws the page as the reader fits it, keeps it, and draws it anew when the file changes', async () => {
    const folder = join(work, 'renewed');
    const pdf = join(work, 'handbook.pdf');
    copyFileSync(join(PDFS, 'english-handbook.pdf'), pdf);
    const drawing = countingLaunches();
    const images = createFirstPageImages({
      cacheFolder: folder,
      launch: drawing.launch,
      timeoutMs,
    });

    // A5 is 420 × 596 points; fitted to an 864-pixel viewer less its 32-pixel margin, 832 wide.
    const first = await images.image(pdf, { viewerWidth: 864, density: 1 });
    expect(webpSize(first.webp)).toEqual({ width: 832, height: 1180 });
    const sharp = await images.image(pdf, { viewerWidth: 864, density: 2 });
    // Twice the pixels each way, each rounded down as the reader's canvas rounds.
    expect(webpSize(sharp.webp).width).toBe(1664);
    expect(Math.abs(webpSize(sharp.webp).height - 2360)).toBeLessThanOrEqual(1);
    expect(drawing.count()).toBe(2);

    const again = await images.image(pdf, { viewerWidth: 864, density: 1 });
    expect(again.tag).toBe(first.tag);
    expect(Buffer.from(again.webp).equals(Buffer.from(first.webp))).toBe(true);
    expect(drawing.count()).toBe(2);

    copyFileSync(join(PDFS, 'office-memo.pdf'), pdf);
    const later = new Date(Date.now() + 5000);
    utimesSync(pdf, later, later);
    const renewed = await images.image(pdf, { viewerWidth: 864, density: 1 });
    expect(renewed.tag).not.toBe(first.tag);
    expect(Buffer.from(renewed.webp).equals(Buffer.from(first.webp))).toBe(false);
    expect(drawing.count()).toBe(3);
  }, 300_000);

  it('answers an image already drawn only, without drawing, when asked so', async () => {
    const drawing = countingLaunches();
    const images = createFirstPageImages({
      cacheFolder: join(work, 'cached-only'),
      launch: drawing.launch,
      timeoutMs,
    });
    const pdf = join(PDFS, 'english-handbook.pdf');
    const fit = { viewerWidth: 700, density: 1 };
    expect(await images.image(pdf, fit, true)).toBeNull();
    expect(drawing.count()).toBe(0);
    const drawn = await images.image(pdf, fit);
    const cached = await images.image(pdf, fit, true);
    expect(cached?.tag).toBe(drawn.tag);
    expect(drawing.count()).toBe(1);
  }, 200_000);

  it('does not draw again a file that could not be drawn, until its bytes change', async () => {
    const drawing = countingLaunches();
    const images = createFirstPageImages({
      cacheFolder: join(work, 'refused'),
      launch: drawing.launch,
      timeoutMs,
    });
    const pdf = join(work, 'protected.pdf');
    copyFileSync(join(PDFS, 'encrypted.pdf'), pdf);
    const fit = { viewerWidth: 864, density: 1 };
    await expect(images.image(pdf, fit)).rejects.toThrow(FirstPageDrawingError);
    await expect(images.image(pdf, fit)).rejects.toThrow(FirstPageDrawingError);
    await expect(images.image(pdf, fit, true)).rejects.toThrow(FirstPageDrawingError);
    expect(drawing.count()).toBe(1);

    copyFileSync(join(PDFS, 'office-memo.pdf'), pdf);
    const later = new Date(Date.now() + 5000);
    utimesSync(pdf, later, later);
    await images.image(pdf, fit);
    expect(drawing.count()).toBe(2);
  }, 200_000);

  it('keeps the cache within its cap, the images used longest ago going first', async () => {
    const folder = join(work, 'capped');
    const pdf = join(PDFS, 'english-handbook.pdf');
    const images = createFirstPageImages({ cacheFolder: folder, maxCacheBytes: 1, timeoutMs });
    const first = await images.image(pdf, { viewerWidth: 480, density: 1 });
    await images.image(pdf, { viewerWidth: 600, density: 1 });
    const kept = readdirSync(folder);
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toBe(`${first.tag}.webp`);
  }, 300_000);

  it('says so when a file cannot be drawn', async () => {
    const images = createFirstPageImages({ cacheFolder: join(work, 'failing'), timeoutMs });
    await expect(
      images.image(join(PDFS, 'corrupt.pdf'), { viewerWidth: 864, density: 1 }),
    ).rejects.toThrow(/The page could not be drawn/);
    await expect(
      images.image(join(work, 'missing.pdf'), { viewerWidth: 864, density: 1 }),
    ).rejects.toThrow(/no such file/);
  }, 200_000);
});
