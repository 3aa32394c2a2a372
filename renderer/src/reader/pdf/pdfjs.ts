// pdf.js, set up for an offline, locked-down viewer: the project's safe options (no XFA, no
// scripting, embedded fonts drawn by pdf.js itself), its worker and data files from this app's
// own build, nothing fetched from elsewhere.
import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { safePdfOptions } from '../../../../electron/shared/safe-pdf-options.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the build puts pdf.js's data files (see vite.config.ts). */
function resourceUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

let sharedWorker: PDFWorker | null = null;

/** One pdf.js worker for every document: starting one takes longer than drawing a page. */
export function pdfWorker(): PDFWorker {
  sharedWorker ??= new PDFWorker();
  return sharedWorker;
}

export function openPdf(url: string): PDFDocumentLoadingTask {
  return getDocument({
    ...safePdfOptions,
    url,
    worker: pdfWorker(),
    standardFontDataUrl: resourceUrl('standard_fonts'),
    cMapUrl: resourceUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: resourceUrl('wasm'),
    iccUrl: resourceUrl('iccs'),
  });
}
