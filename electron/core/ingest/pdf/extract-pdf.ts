// Text, metadata and outline of a PDF, for indexing.
//
// A PDF without extractable text (scanned pages) is not an error here: its pages come back as
// empty strings, so the document can still be indexed by its metadata, and the caller decides how
// to warn (extract-document.ts says the file needs OCR). `pdfNeedsOcr` tells the case apart.
// Files that cannot be read at all (empty, not a PDF, password-protected, damaged) throw
// IngestError with a message for the person who supplied the file.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutlineEntry } from '#shared/types.ts';
import { IngestError } from '../ingest-error.ts';
import { withPdfDocument } from './open-pdf.ts';
import { cleanLabel, pdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { readOutline } from './pdf-outline.ts';
import { pageText, type TextContentItem } from './page-text.ts';

export type { PdfMetadata } from './pdf-metadata.ts';

export interface PdfExtraction {
  /** One string per page, in page order; lines separated by "\n". Empty for pages without text. */
  pages: string[];
  metadata: PdfMetadata;
  /** Bookmarks with 1-based page numbers. */
  outline: OutlineEntry[];
  /** Each page's printed label ("iii", "12", "A-3") where the PDF defines labels; else null. */
  pageLabels: (string | null)[] | null;
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ includeMarkedContent: true });
    return pageText(content.items as TextContentItem[]);
  } finally {
    // Fonts and operator lists of a page are not needed again; long documents stay small in memory.
    page.cleanup();
  }
}

async function readPages(doc: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      pages.push(await readPage(doc, n));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new IngestError(
        `Page ${n} of ${doc.numPages} of the PDF is damaged and cannot be read (${detail}). The file may be incomplete; try getting it again.`,
      );
    }
  }
  return pages;
}

/** The PDF's page labels, one per page; a page whose label is empty has none. */
async function readPageLabels(doc: PDFDocumentProxy): Promise<(string | null)[] | null> {
  const labels = await doc.getPageLabels();
  if (labels === null || labels.length !== doc.numPages) return null;
  const cleaned = labels.map((label) => cleanLabel(label) || null);
  return cleaned.some((label) => label !== null) ? cleaned : null;
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfExtraction> {
  return withPdfDocument(bytes, async (doc) => {
    const pages = await readPages(doc);
    const { info, metadata } = await doc.getMetadata();
    return {
      pages,
      metadata: pdfMetadata(info as Record<string, unknown>, metadata),
      outline: await readOutline(doc, pages),
      pageLabels: await readPageLabels(doc),
    };
  });
}

/** True when a PDF yielded no text at all: most likely scanned pages that need OCR. */
export function pdfNeedsOcr(extraction: PdfExtraction): boolean {
  return extraction.pages.every((p) => p.trim() === '');
}
