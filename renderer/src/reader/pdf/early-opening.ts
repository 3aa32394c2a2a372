// A document's PDF opened at start-up, before the interface's first render (or on entering it from
// another screen, once its first page's image is painted): its bytes fetched beside the
// document's details, then pdf.js loaded and the first page drawn (early-first-page.ts,
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

async function open(
  url: string,
  pageNumber: number,
  after: Promise<void>,
): Promise<EarlyOpening | null> {
  await after;
  fetchPdfEarly(url);
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

/**
 * Opens the PDF at `url` and draws the page ahead of the reader, once `after` has settled (on
 * entering a document, once its first page's image is painted, which drawing would hold up).
 */
export function openPdfEarly(
  url: string,
  pageNumber: number,
  after: Promise<void> = Promise.resolve(),
): void {
  if (openings.has(url)) return;
  // An opening no reader took (its screen was left first) lets its document go.
  for (const [other, opening] of openings) {
    openings.delete(other);
    void opening.then((left) => left?.task.destroy());
  }
  // Whatever fails here is met again, and reported, when the reader opens the address itself.
  openings.set(
    url,
    open(url, pageNumber, after).catch(() => null),
  );
}

/** The PDF opened at start-up for this address (null when it could not be), once. */
export function takeEarlyOpening(url: string): Promise<EarlyOpening | null> | null {
  const opening = openings.get(url);
  if (opening === undefined) return null;
  openings.delete(url);
  return opening;
}
