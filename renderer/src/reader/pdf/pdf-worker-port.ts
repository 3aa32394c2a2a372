// The pdf.js worker as a plain module worker, started without pdf.js's own code: a document opened
// at start-up gets the worker loading while the reader's code is still on its way. The worker is
// bundled (and minified) from pdf.js's patched build, not its own minified one, which the patch
// does not reach: the patch gives the text layer each span's /ActualText.
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?worker&url';

let port: Worker | null = null;

/** One worker for every document: starting one takes longer than drawing a page. */
export function pdfWorkerPort(): Worker {
  port ??= new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  return port;
}
