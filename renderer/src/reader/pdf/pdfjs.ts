// pdf.js, set up for an offline, locked-down viewer: the project's safe options (no XFA, no
// scripting, embedded fonts drawn by pdf.js itself), its worker and data files from this app's
// own build, nothing fetched from elsewhere.
import { getDocument, PDFWorker } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';
import { pdfWorkerPort } from './pdf-worker-port.ts';

/** Where the build puts pdf.js's data files (see vite.config.ts). */
function resourceUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

/** A PDF by its address, or its bytes when they have already been fetched. */
export type PdfSource = { url: string } | { data: Uint8Array };

export function openPdf(source: PdfSource): PDFDocumentLoadingTask {
  return getDocument({
    ...safePdfOptions,
    ...source,
    // One PDFWorker per port: every document shares the one worker.
    worker: PDFWorker.create({ port: pdfWorkerPort() }),
    standardFontDataUrl: resourceUrl('standard_fonts'),
    cMapUrl: resourceUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: resourceUrl('wasm'),
    iccUrl: resourceUrl('iccs'),
  });
}
