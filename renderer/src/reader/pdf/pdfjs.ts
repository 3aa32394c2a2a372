// pdf.js, set up for an offline, locked-down viewer: the project's safe options (no XFA, no
// scripting, embedded fonts drawn by pdf.js itself), its worker and data files from this app's
// own build, nothing fetched from elsewhere.
import { getDocument, PDFWorker, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';
import { pdfWorkerPort } from './pdf-worker-port.ts';

// The text layer's invisible text stands in for a PDF's fonts in the bundled Noto Sans and Noto
// Serif, whose letters (Vietnamese too) are as wide as most documents' (Noto, Arial, Helvetica,
// Times), so that highlights laid over it keep to the words, and whose ascenders and descenders
// reach as far, so that highlights cover them; the system's defaults are often far wider or
// narrower (a serif run in the system's serif was stretched by a fifth to its PDF width).
const TEXT_LAYER_SANS = "'Noto Sans', sans-serif";
const TEXT_LAYER_SERIF = "'Noto Serif', serif";
TextLayer.fontFamilyMap.set('sans-serif', TEXT_LAYER_SANS);
TextLayer.fontFamilyMap.set('serif', TEXT_LAYER_SERIF);

const TEXT_LAYER_FACES = [
  `400 16px ${TEXT_LAYER_SANS}`,
  `600 16px ${TEXT_LAYER_SANS}`,
  `400 16px ${TEXT_LAYER_SERIF}`,
  `700 16px ${TEXT_LAYER_SERIF}`,
];

/** Resolves once the text layer's stand-in fonts can be measured (pdf.js measures on a canvas). */
export async function textLayerFontsReady(): Promise<void> {
  await Promise.all(TEXT_LAYER_FACES.map((face) => document.fonts.load(face)));
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
