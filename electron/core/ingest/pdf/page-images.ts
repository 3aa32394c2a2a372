// How much of a page its images cover, from the drawing operators pdf.js lists for it. Asked only
// of pages with little text (the operator list costs about as much as reading the text again), to
// tell a scan with a typed caption from a page that simply says little.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { imageAreaShare, type ImageTransform } from '../needs-ocr.ts';

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n`: the transform a `cm` operator with `m` makes of the current one `n`. */
function multiply(m: readonly number[], n: Matrix): Matrix {
  const [a, b, c, d, e, f] = m.map((v) => (Number.isFinite(v) ? v : 0)) as Matrix;
  return [
    a * n[0] + b * n[2],
    a * n[1] + b * n[3],
    c * n[0] + d * n[2],
    c * n[1] + d * n[3],
    e * n[0] + f * n[2] + n[4],
    e * n[1] + f * n[3] + n[5],
  ];
}

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
]);

/** The transforms images are drawn with, in page space, from an operator list. */
export function imageTransforms(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
): ImageTransform[] {
  const stack: Matrix[] = [];
  let current = IDENTITY;
  const drawn: ImageTransform[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push(current);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) current = stack.pop() ?? IDENTITY;
    if (fn === OPS.transform && args) current = multiply(args as number[], current);
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0]))
      current = multiply(args[0] as number[], current);
    if (IMAGE_OPS.has(fn)) drawn.push(current);
  });
  return drawn;
}

/** The share of the page (0 to 1) covered by its images. */
export async function pageImageShare(page: PDFPageProxy): Promise<number> {
  const ops = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  return imageAreaShare(imageTransforms(ops.fnArray, ops.argsArray), [x0, y0, x1, y1]);
}
