// A document's PDF opened at start-up, before the interface's first render: its bytes fetched
// beside the document's details, then pdf.js loaded and the first page drawn (early-first-page.ts,
// loaded apart so that this start-up module stays small). Handed over once, to the reader that
// opens the same address; a file that is not a PDF is left to the reader, which says why.
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { fetchPdfEarly, takeEarlyPdf } from './early-pdf.ts';

/** A password pdf.js asked for before the reader was there to ask the user. */
export interface PasswordAsked {
  give(password: string): void;
  reason: number;
}

export interface EarlyOpening {
  task: PDFDocumentLoadingTask;
  passwordAsked: PasswordAsked | null;
}

const openings = new Map<string, Promise<EarlyOpening | null>>();

async function open(url: string, pageNumber: number): Promise<EarlyOpening | null> {
  const [bytes, { openWithFirstPage }] = await Promise.all([
    takeEarlyPdf(url),
    import('./early-first-page.ts'),
  ]);
  if (bytes === null) return null;
  const opening: EarlyOpening = { task: openWithFirstPage(bytes, pageNumber), passwordAsked: null };
  opening.task.onPassword = (give: (password: string) => void, reason: number) => {
    opening.passwordAsked = { give, reason };
  };
  return opening;
}

export function openPdfEarly(url: string, pageNumber: number): void {
  if (openings.has(url)) return;
  // An opening no reader took (its screen was left first) lets its document go.
  for (const [other, opening] of openings) {
    openings.delete(other);
    void opening.then((left) => left?.task.destroy());
  }
  fetchPdfEarly(url);
  // Whatever fails here is met again, and reported, when the reader opens the address itself.
  openings.set(
    url,
    open(url, pageNumber).catch(() => null),
  );
}

/** The PDF opened at start-up for this address (null when it could not be), once. */
export function takeEarlyOpening(url: string): Promise<EarlyOpening | null> | null {
  const opening = openings.get(url);
  if (opening === undefined) return null;
  openings.delete(url);
  return opening;
}
