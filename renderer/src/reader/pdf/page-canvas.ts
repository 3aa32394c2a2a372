// A PDF page drawn on a canvas of its own, not yet in the page: the reader swaps it in once it is
// complete, so that a page never shows half drawn.
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { pageDensity } from '#shared/page-fit.ts';

export interface PageCanvas {
  canvas: HTMLCanvasElement;
  task: RenderTask;
}

export function drawPageCanvas(page: PDFPageProxy, scale: number): PageCanvas {
  const viewport = page.getViewport({ scale });
  const density = pageDensity(window.devicePixelRatio, viewport.width, viewport.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * density);
  canvas.height = Math.floor(viewport.height * density);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const task = page.render({
    canvas,
    viewport,
    transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
  });
  return { canvas, task };
}
