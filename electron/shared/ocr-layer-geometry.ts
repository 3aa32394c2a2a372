// Where a scanned page's recognised words lie on the screen. OCR gives boxes in pixels of the
// image it read: a PDF page drawn whole (its crop box, turned by its /Rotate, as pdf.js draws it)
// or an image file's page, perhaps turned further to stand upright before reading. The reader
// shows the page through a viewport of its own; each run of words is placed by taking its box
// back through the turn, to a point of the page (PDF user space for a PDF), and on to the screen.
import type { OcrLine } from './ocr-lines.ts';
import type { PageWords } from './ocr-types.ts';

/** An affine transform [a, b, c, d, e, f]: (x, y) ↦ (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

export type Point = readonly [x: number, y: number];

/**
 * How a page is shown: the transform from page space to pixels, and the size it covers. For a
 * PDF, pdf.js's viewport (`transform`, `width`, `height`); for an image, image pixels scaled.
 */
export interface PageView {
  transform: Matrix;
  width: number;
  height: number;
}

/** A run of words placed on the screen: its upright box's top left, size along and across its text. */
export interface PlacedRun {
  text: string;
  left: number;
  top: number;
  /** Length along the text's direction. */
  width: number;
  /** Height across it. */
  height: number;
  /** Degrees clockwise the text runs from the screen's horizontal: 0, 90, 180 or 270. */
  angle: number;
}

export function applyMatrix(m: Matrix, [x, y]: Point): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invertMatrix(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (det === 0 || !Number.isFinite(det)) throw new RangeError('The transform cannot be undone.');
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** A view of an image `width` × `height` shown at `scale`: image pixels are page space. */
export function imageView(width: number, height: number, scale = 1): PageView {
  return { transform: [scale, 0, 0, scale, 0, 0], width: width * scale, height: height * scale };
}

/**
 * A point of the image OCR read (turned clockwise by `rotation` to stand upright, `width` ×
 * `height` after the turn) as the same point of the image before the turn.
 */
export function beforeTurn(
  [x, y]: Point,
  { width, height, rotation }: Pick<PageWords, 'width' | 'height' | 'rotation'>,
): Point {
  switch (rotation) {
    case 90:
      return [y, width - x];
    case 180:
      return [width - x, height - y];
    case 270:
      return [height - y, x];
    default:
      return [x, y];
  }
}

/** The size of the image before OCR turned it. */
function sizeBeforeTurn({
  width,
  height,
  rotation,
}: Pick<PageWords, 'width' | 'height' | 'rotation'>) {
  return rotation === 90 || rotation === 270 ? { width: height, height: width } : { width, height };
}

/**
 * Maps points of the image OCR read to the screen. `drawn` is the view the page was drawn in for
 * OCR (for a PDF, pdf.js's viewport at any scale: the image is that view, however many pixels it
 * has); `shown` is the reader's view of the same page.
 */
export function ocrToScreen(
  words: Pick<PageWords, 'width' | 'height' | 'rotation'>,
  drawn: PageView,
  shown: Pick<PageView, 'transform'>,
): (point: Point) => Point {
  const before = sizeBeforeTurn(words);
  const toPage = invertMatrix(drawn.transform);
  const sx = drawn.width / before.width;
  const sy = drawn.height / before.height;
  return (point) => {
    const [x, y] = beforeTurn(point, words);
    return applyMatrix(shown.transform, applyMatrix(toPage, [x * sx, y * sy]));
  };
}

/** Each run of each line placed on the screen, in reading order. */
export function placeRuns(
  lines: readonly OcrLine[],
  toScreen: (point: Point) => Point,
): PlacedRun[][] {
  return lines.map((line) =>
    line.map((run) => {
      const [x0, y0, x1, y1] = run.box;
      const origin = toScreen([x0, y0]);
      const along = toScreen([x1, y0]);
      const across = toScreen([x0, y1]);
      const width = Math.hypot(along[0] - origin[0], along[1] - origin[1]);
      const height = Math.hypot(across[0] - origin[0], across[1] - origin[1]);
      const turn = (Math.atan2(along[1] - origin[1], along[0] - origin[0]) * 180) / Math.PI;
      const angle = (((Math.round(turn / 90) * 90) % 360) + 360) % 360;
      return { text: run.text, left: origin[0], top: origin[1], width, height, angle };
    }),
  );
}
