// The reader's placing of OCR words checked against pdf.js's own viewports: a word drawn on a PDF
// page (any crop box, any /Rotate), read by OCR from the drawn image (perhaps turned upright
// first), lands where pdf.js shows that word in the reader.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyMatrix,
  beforeTurn,
  imageView,
  ocrToScreen,
  placeRuns,
  type Matrix,
  type PageView,
  type Point,
} from '#shared/ocr-layer-geometry.ts';
import { ocrLines } from '#shared/ocr-lines.ts';
import type { OcrWord, PageWords } from '#shared/ocr-types.ts';

type Rotation = 0 | 90 | 180 | 270;
type ViewportMaker = (viewBox: number[], scale: number, rotation: Rotation) => PageView;

let viewport: ViewportMaker;

beforeAll(async () => {
  // pdf.js's PageViewport class, taken from a real page's viewport.
  const data = new Uint8Array(readFileSync('tests/fixtures/ocr/scanned-km.pdf'));
  const task = getDocument({ data });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const PageViewport = page.getViewport({ scale: 1 }).constructor as new (options: {
    viewBox: number[];
    userUnit: number;
    scale: number;
    rotation: number;
    offsetX?: number;
    offsetY?: number;
  }) => { transform: number[]; width: number; height: number };
  viewport = (viewBox, scale, rotation) => {
    const v = new PageViewport({ viewBox, userUnit: 1, scale, rotation });
    return { transform: v.transform as unknown as Matrix, width: v.width, height: v.height };
  };
  await task.destroy();
});

/** The turn OCR makes of an image `width` × `height`, clockwise (as grey-png.ts rotateGrey). */
function turn([x, y]: Point, width: number, height: number, rotation: Rotation): Point {
  if (rotation === 90) return [height - y, x];
  if (rotation === 180) return [width - x, height - y];
  if (rotation === 270) return [y, width - x];
  return [x, y];
}

const box = (a: Point, b: Point): OcrWord['box'] => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[0], b[0]),
  Math.max(a[1], b[1]),
];

/**
 * A word written left to right across a PDF page that is upright as shown: from `from` to `to`
 * in page space, drawn at 200 dpi, then turned by OCR by `ocrTurn`. Returns its OCR box and the
 * words' image size.
 */
function readWord(
  drawn: PageView,
  pdfCorners: [Point, Point],
  ocrTurn: Rotation,
): { word: OcrWord; page: Pick<PageWords, 'width' | 'height' | 'rotation'> } {
  const [a, b] = pdfCorners.map((p) => applyMatrix(drawn.transform, p)) as [Point, Point];
  const [ta, tb] = [a, b].map((p) => turn(p, drawn.width, drawn.height, ocrTurn)) as [Point, Point];
  const quarter = ocrTurn === 90 || ocrTurn === 270;
  return {
    word: { text: 'trafficking', box: box(ta, tb), confidence: 90 },
    page: {
      width: quarter ? drawn.height : drawn.width,
      height: quarter ? drawn.width : drawn.height,
      rotation: ocrTurn,
    },
  };
}

describe('OCR words on the screen', () => {
  const rotations: Rotation[] = [0, 90, 180, 270];
  // A crop box away from the origin (as scanners' PDFs and trimmed pages have), and one at it.
  const cropBoxes = [
    [0, 0, 612, 792],
    [36, 90, 576, 750],
  ];

  for (const cropBox of cropBoxes)
    for (const pageRotation of rotations)
      for (const ocrTurn of rotations)
        it(`crop box ${cropBox.join(' ')}, /Rotate ${pageRotation}, turned ${ocrTurn} by OCR`, () => {
          const drawn = viewport(cropBox, 200 / 72, pageRotation);
          const shown = viewport(cropBox, 1.3, pageRotation);
          // The word's corners in page space, picked as screen points of the view at scale 1.
          const unit = viewport(cropBox, 1, pageRotation);
          const toPdf = (p: Point): Point => {
            const [a, b, c, d, e, f] = unit.transform;
            const det = a * d - b * c;
            const x = p[0] - e;
            const y = p[1] - f;
            return [(d * x - c * y) / det, (a * y - b * x) / det];
          };
          const corners: [Point, Point] = [toPdf([120, 200]), toPdf([260, 218])];
          const { word, page } = readWord(drawn, corners, ocrTurn);

          const toScreen = ocrToScreen(page, unit, shown);
          const [run] = placeRuns(ocrLines([word]), toScreen).flat();
          const expected = corners.map((p) => applyMatrix(shown.transform, p));
          const left = Math.min(expected[0]![0], expected[1]![0]);
          const top = Math.min(expected[0]![1], expected[1]![1]);
          const right = Math.max(expected[0]![0], expected[1]![0]);
          const bottom = Math.max(expected[0]![1], expected[1]![1]);
          // OCR's upright text reads along the screen's horizontal only where it was not turned.
          const angle = (360 - ocrTurn) % 360;
          expect(run!.angle).toBe(angle);
          const screenBox =
            angle === 0
              ? [run!.left, run!.top, run!.left + run!.width, run!.top + run!.height]
              : angle === 180
                ? [run!.left - run!.width, run!.top - run!.height, run!.left, run!.top]
                : angle === 90
                  ? [run!.left - run!.height, run!.top, run!.left, run!.top + run!.width]
                  : [run!.left, run!.top - run!.width, run!.left + run!.height, run!.top];
          expect(screenBox[0]).toBeCloseTo(left, 6);
          expect(screenBox[1]).toBeCloseTo(top, 6);
          expect(screenBox[2]).toBeCloseTo(right, 6);
          expect(screenBox[3]).toBeCloseTo(bottom, 6);
        });

  it('an image page is its pixels scaled to the view', () => {
    const page = { width: 1000, height: 1400, rotation: 0 as const };
    const toScreen = ocrToScreen(page, imageView(1000, 1400), imageView(1000, 1400, 0.5));
    const words: OcrWord[] = [
      { text: 'Victims', box: [100, 200, 300, 240], confidence: 90 },
      { text: 'first', box: [320, 202, 400, 240], confidence: 90 },
    ];
    expect(placeRuns(ocrLines(words), toScreen)).toEqual([
      [
        { text: 'Victims', left: 50, top: 100, width: 100, height: 20, angle: 0 },
        { text: 'first', left: 160, top: 101, width: 40, height: 19, angle: 0 },
      ],
    ]);
  });

  it('a sideways scan turned upright by OCR reads top to bottom on the unturned image', () => {
    // The image was 1400 wide and 1000 high before its quarter turn clockwise.
    const page = { width: 1000, height: 1400, rotation: 90 as const };
    expect(beforeTurn([0, 0], page)).toEqual([0, 1000]);
    expect(beforeTurn([1000, 0], page)).toEqual([0, 0]);
    expect(beforeTurn([1000, 1400], page)).toEqual([1400, 0]);
    const toScreen = ocrToScreen(page, imageView(1400, 1000), imageView(1400, 1000));
    const [[run]] = placeRuns(
      ocrLines([{ text: 'upright', box: [100, 50, 300, 90], confidence: 80 }]),
      toScreen,
    ) as [[ReturnType<typeof placeRuns>[number][number]]];
    expect(run).toEqual({
      text: 'upright',
      left: 50,
      top: 900,
      width: 200,
      height: 40,
      angle: 270,
    });
  });

  it('Thai, Lao, Khmer and Burmese words cut by OCR with no gap are one run, as in the index', () => {
    const words: OcrWord[] = [
      { text: 'ການ', box: [100, 100, 160, 130], confidence: 90 },
      { text: 'ຄ້າ', box: [162, 100, 200, 130], confidence: 90 },
      { text: 'ມະນຸດ', box: [240, 100, 330, 130], confidence: 90 },
    ];
    const lines = ocrLines(words);
    expect(lines.map((line) => line.map((run) => run.text))).toEqual([['ການຄ້າ', 'ມະນຸດ']]);
    expect(lines[0]![0]!.box).toEqual([100, 100, 200, 130]);
  });
});
