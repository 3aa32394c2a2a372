// The pdf.js worker as a plain module worker, started without pdf.js's own code: a document opened
// at start-up gets the worker loading while the reader's code is still on its way.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let port: Worker | null = null;

/** One worker for every document: starting one takes longer than drawing a page. */
export function pdfWorkerPort(): Worker {
  port ??= new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  return port;
}
