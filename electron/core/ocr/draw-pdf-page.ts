// One PDF page drawn as a PNG with pdf.js and its native canvas (@napi-rs/canvas, Skia), which
// the indexing engine keeps out of its own processes (ingest/pdf/without-canvas.ts). Loaded by the
// page-drawing process (render-page-process.ts), and by the OCR run's own process where it cannot
// start another (Electron's utility process: ocr-run/ocr-run-process.ts).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';
import { DEFAULT_READ_LIMITS } from '../ingest/read-limits.ts';
import { withResolution } from './png-resolution.ts';
import type { RenderReply, RenderRequest } from './render-messages.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const localData = {
  standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
  cMapUrl: `${pdfjsRoot}/cmaps/`,
  cMapPacked: true,
};

/** The canvas pdf.js's Node factory makes: @napi-rs/canvas's, which encodes itself. */
export interface NodeCanvas {
  encode(format: 'png'): Promise<Uint8Array>;
  encode(format: 'webp', quality: number): Promise<Uint8Array>;
}

/** A page of a PDF file, drawn by `draw` with a canvas of the asked size; the document is closed after. */
export async function withPdfPage<T>(
  path: string,
  pageNumber: number,
  draw: (
    page: PDFPageProxy,
    newCanvas: (width: number, height: number) => NodeCanvas,
  ) => Promise<T>,
): Promise<T | { ok: false; error: string }> {
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({ ...safePdfOptions, ...localData, data });
  try {
    const doc = await task.promise;
    if (pageNumber > doc.numPages)
      return {
        ok: false,
        error: `The PDF has ${doc.numPages} pages; there is no page ${pageNumber}.`,
      };
    const factory = doc.canvasFactory as {
      create(width: number, height: number): { canvas: unknown };
    };
    return await draw(
      await doc.getPage(pageNumber),
      (width, height) => factory.create(width, height).canvas as NodeCanvas,
    );
  } finally {
    await task.destroy();
  }
}

export function drawPdfPage({ path, page: pageNumber, dpi }: RenderRequest): Promise<RenderReply> {
  return withPdfPage(path, pageNumber, async (page, newCanvas) => {
    const natural = page.getViewport({ scale: 1 });
    // A page so large (a poster, a drawing made huge) that the dpi asked would pass the pixel
    // limit is drawn at the dpi that meets it.
    const wanted = dpi / 72;
    const fit = Math.sqrt(DEFAULT_READ_LIMITS.pixelsPerPage / (natural.width * natural.height));
    const scale = Math.min(wanted, fit);
    const viewport = page.getViewport({ scale });
    const width = Math.floor(viewport.width);
    const height = Math.floor(viewport.height);
    const canvas = newCanvas(width, height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      viewport,
      background: 'white',
    }).promise;
    const drawnDpi = Math.round(scale * 72 * 100) / 100;
    const png = withResolution(await canvas.encode('png'), drawnDpi);
    return { ok: true, png, width, height, dpi: drawnDpi };
  });
}
