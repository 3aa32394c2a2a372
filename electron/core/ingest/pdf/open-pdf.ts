// Opens PDF bytes with pdf.js in Node, under the shared safety options, and turns pdf.js's load
// failures into messages a person can act on. The document is always destroyed after use.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import './without-canvas.ts';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError, ReadingCancelled } from '../ingest-error.ts';
import type { ReadBudget } from '../read-budget.ts';
import { PasswordProtectedPdfError } from './password-protected.ts';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';

// pdf.js reads its standard-font and CMap data from these folders (paths with a trailing slash in
// Node), so PDFs with non-embedded standard fonts or CJK CMaps read correctly offline.
const pdfjsRoot = dirname(
  createRequire(import.meta.url).resolve('pdfjs-dist/package.json'),
).replace(/\\/g, '/');
const localDataOptions = {
  standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
  cMapUrl: `${pdfjsRoot}/cmaps/`,
  cMapPacked: true,
};

/** The PDF header may follow some junk, but PDF readers only look this far for it. */
const headerSearchLength = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, headerSearchLength)).includes('%PDF-');
}

function loadFailure(error: unknown, budget: ReadBudget | undefined): IngestError {
  const stop = budget?.stopReason();
  if (stop?.kind === 'cancelled') return new ReadingCancelled(stop.message);
  if (stop) return new IngestError(stop.message);
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new PasswordProtectedPdfError();
  if (name === 'InvalidPDFException') {
    return new IngestError(
      'The PDF is damaged or incomplete (perhaps a download or copy that did not finish) and cannot be read. Try getting the file again.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(`The PDF could not be read; it may be damaged (${detail}).`);
}

/** Checks the bytes before pdf.js sees them, so the common mistakes get a precise message. */
function checkBytes(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array))
    throw new IngestError('No file content was given to read as a PDF.');
  if (bytes.length === 0)
    throw new IngestError('The file is empty (0 bytes): there is nothing to read.');
  if (!hasPdfHeader(bytes)) {
    throw new IngestError(
      'The file is not a PDF (it has no PDF header). It may be another kind of file given a .pdf name.',
    );
  }
}

/**
 * Runs `use` on the opened document and destroys the document afterwards, whatever happens.
 * `budget` is the one installed for this file (read-budget.ts): a limit reached while opening is
 * the reason given.
 */
export async function withPdfDocument<T>(
  bytes: Uint8Array,
  use: (doc: PDFDocumentProxy) => Promise<T>,
  budget?: ReadBudget,
): Promise<T> {
  checkBytes(bytes);
  // pdf.js takes over the buffer it is given (and refuses Buffers): it gets a plain copy.
  const task = getDocument({ ...safePdfOptions, ...localDataOptions, data: new Uint8Array(bytes) });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw loadFailure(error, budget);
    }
    return await use(doc);
  } finally {
    await task.destroy();
  }
}
