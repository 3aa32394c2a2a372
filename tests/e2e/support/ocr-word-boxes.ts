// Where a word OCR recognised lies on the screen, worked out from the page image's place there,
// to compare with where the reader draws its highlight (intersection over union).
import type { Page } from 'playwright-core';
import type { OcrWord, PageWords } from '#shared/ocr-types.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
  const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const area = (r: Box) => (r.right - r.left) * (r.bottom - r.top);
  return (w * h) / (area(a) + area(b) - w * h);
}

/**
 * The OCR word's box on the screen, worked out here from the page image's place on the screen:
 * the image OCR read is the drawn page (or the image file), turned by `rotation` before reading.
 */
export function wordOnScreen(word: OcrWord, ocr: PageWords, image: Box): Box {
  const quarter = ocr.rotation === 90 || ocr.rotation === 270;
  const width = quarter ? ocr.height : ocr.width;
  const height = quarter ? ocr.width : ocr.height;
  const unturn = ([x, y]: [number, number]): [number, number] =>
    ocr.rotation === 90
      ? [y, ocr.width - x]
      : ocr.rotation === 180
        ? [ocr.width - x, ocr.height - y]
        : ocr.rotation === 270
          ? [ocr.height - y, x]
          : [x, y];
  const [x0, y0, x1, y1] = word.box;
  const corners = [unturn([x0, y0]), unturn([x1, y1])];
  const sx = (image.right - image.left) / width;
  const sy = (image.bottom - image.top) / height;
  const xs = corners.map(([x]) => image.left + x * sx);
  const ys = corners.map(([, y]) => image.top + y * sy);
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

/** The screen box of the first element a selector finds. */
export async function boxOf(page: Page, selector: string): Promise<Box> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
}
