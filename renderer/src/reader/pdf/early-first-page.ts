// A PDF opened at start-up from its early fetched bytes, and the page asked for drawn at once at
// the width the reader is predicted to give it: the pdf.js worker reads the page while the
// interface's code loads and renders, and the reader shows the drawn canvas when it mounts.
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { drawPageCanvas } from './page-canvas.ts';
import { openPdf } from './pdfjs.ts';
import { predictedViewerWidth } from './predicted-viewer-width.ts';
import { scaleFor } from '../zoom.ts';

export interface EarlyPage {
  pageNumber: number;
  scale: number;
  canvas: HTMLCanvasElement;
}

const earlyPages = new WeakMap<PDFDocumentProxy, Promise<EarlyPage | null>>();

async function drawFirstPage(doc: PDFDocumentProxy, pageNumber: number): Promise<EarlyPage | null> {
  if (pageNumber > doc.numPages) return null;
  const page = await doc.getPage(pageNumber);
  const scale = scaleFor('fit-width', page.getViewport({ scale: 1 }).width, predictedViewerWidth());
  const { canvas, task } = drawPageCanvas(page, scale);
  await task.promise;
  return { pageNumber, scale, canvas };
}

export function openWithFirstPage(bytes: Uint8Array, pageNumber: number): PDFDocumentLoadingTask {
  const task = openPdf({ data: bytes });
  task.promise.then(
    (doc) => {
      // A page that cannot be drawn now is drawn, or reported, by the reader.
      earlyPages.set(
        doc,
        drawFirstPage(doc, pageNumber).catch(() => null),
      );
    },
    () => {},
  );
  return task;
}

/** The page drawn at start-up, once, when it is this document's page at this scale. */
export async function takeEarlyPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  scale: number,
): Promise<HTMLCanvasElement | null> {
  const early = earlyPages.get(doc);
  if (early === undefined) return null;
  earlyPages.delete(doc);
  const drawn = await early;
  return drawn?.pageNumber === pageNumber && drawn.scale === scale ? drawn.canvas : null;
}
