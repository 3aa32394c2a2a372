// pdf.js, set up for an offline, locked-down viewer: the project's safe options (no XFA, no
// scripting, embedded fonts drawn by pdf.js itself), its worker and data files from this app's
// own build, nothing fetched from elsewhere.
import { getDocument, PDFWorker, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';
import { pdfWorkerPort } from './pdf-worker-port.ts';

// The text layer's invisible text stands in for a PDF's sans-serif fonts in the bundled Noto Sans,
// whose letters (Vietnamese too) are as wide as most documents' (Noto, Arial, Helvetica), so that
// highlights laid over it keep to the words; the system's default sans-serif is often far wider.
const TEXT_LAYER_SANS = "'Noto Sans', sans-serif";
TextLayer.fontFamilyMap.set('sans-serif', TEXT_LAYER_SANS);

/** Resolves once the text layer's stand-in fonts can be measured (pdf.js measures on a canvas). */
export async function textLayerFontsReady(): Promise<void> {
  await Promise.all(
    ['400', '600'].map((weight) => document.fonts.load(`${weight} 16px ${TEXT_LAYER_SANS}`)),
  );
}

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
    // The fonts' names, which say which runs are bold (see bold-text-runs.ts).
    fontExtraProperties: true,
  });
}
