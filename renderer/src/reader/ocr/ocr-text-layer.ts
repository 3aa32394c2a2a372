// The text layer of a scanned page: the words OCR recognised, as invisible text laid over each
// run's place on the page image, so that selection, copy, find and highlights work as on a
// born-digital page's pdf.js text layer (it uses the same class and styles). Runs and spaces
// follow the indexed text (#shared/ocr-lines.ts); each run is stretched to its box's width.
import { ocrLines } from '#shared/ocr-lines.ts';
import {
  ocrToScreen,
  placeRuns,
  type PageView,
  type PlacedRun,
} from '#shared/ocr-layer-geometry.ts';
import type { PageWords } from '#shared/ocr-types.ts';

/** The stand-in type the invisible text is drawn and measured in (see pdfjs.ts). */
const LAYER_FONT = "'Noto Sans', sans-serif";

let measurer: CanvasRenderingContext2D | null = null;

/** The width of `text` in the layer's type at `size` pixels. */
function textWidth(text: string, size: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.5;
  measurer.font = `${size}px ${LAYER_FONT}`;
  return measurer.measureText(text).width;
}

function span(text: string, place: Omit<PlacedRun, 'text'>): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = text;
  const size = Math.max(1, place.height);
  const natural = textWidth(text, size);
  element.style.left = `${place.left}px`;
  element.style.top = `${place.top}px`;
  element.style.fontFamily = LAYER_FONT;
  element.style.setProperty('--font-height', `${size}px`);
  element.style.setProperty('--scale-x', String(natural > 0 ? place.width / natural : 1));
  element.style.setProperty('--rotate', `${place.angle}deg`);
  return element;
}

/** Where the space after a run goes: at the run's end, as tall as the run, in its direction. */
function spaceAfter(run: PlacedRun, next: PlacedRun): Omit<PlacedRun, 'text'> {
  const radians = (run.angle * Math.PI) / 180;
  const left = run.left + Math.cos(radians) * run.width;
  const top = run.top + Math.sin(radians) * run.width;
  const gap = Math.hypot(next.left - left, next.top - top);
  return { left, top, width: gap, height: run.height, angle: run.angle };
}

/** The text layer of a page read by OCR, shown in `shown` after being drawn in `drawn` for OCR. */
export function ocrTextLayer(words: PageWords, drawn: PageView, shown: PageView): HTMLDivElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer ocr-text-layer';
  // The words are placed in screen pixels: the layer's own scale is 1.
  layer.style.setProperty('--total-scale-factor', '1');
  const lines = placeRuns(ocrLines(words.words), ocrToScreen(words, drawn, shown));
  for (const line of lines) {
    line.forEach((run, i) => {
      layer.append(span(run.text, run));
      const next = line[i + 1];
      if (next) layer.append(span(' ', spaceAfter(run, next)));
    });
    layer.append(document.createElement('br'));
  }
  const end = document.createElement('div');
  end.className = 'endOfContent';
  layer.append(end);
  return layer;
}
