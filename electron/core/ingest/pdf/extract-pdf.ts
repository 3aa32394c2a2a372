// Text, metadata and outline of a PDF, for indexing.
//
// A PDF without extractable text (scanned pages) is not an error here: its pages come back as
// empty strings, so the document can still be indexed by its metadata, and the caller decides how
// to warn (extract-document.ts says the file needs OCR). `pdfNeedsOcr` tells the case apart.
// Files that cannot be read at all (empty, not a PDF, password-protected, damaged) throw
// IngestError with a message for the person who supplied the file.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutlineEntry } from '#shared/types.ts';
import { IngestError, ReadingCancelled } from '../ingest-error.ts';
import type { ReadBudget } from '../read-budget.ts';
import { withReadBudget } from '../read-budget.ts';
import type { ReadLimits } from '../read-limits.ts';
import { DEFAULT_READ_LIMITS, pageLimitMessage } from '../read-limits.ts';
import { withPdfDocument } from './open-pdf.ts';
import { cleanLabel, pdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import { readOutline } from './pdf-outline.ts';
import type { TextContentItem, TextRun } from '#shared/pdf/actual-text.ts';
import { pageText } from './page-text.ts';
import { MOSTLY_IMAGE_MAX_CHARS, runEvidence, type PageEvidence } from '../needs-ocr.ts';
import { pageImageShare } from './page-images.ts';

export type { PdfMetadata } from './pdf-metadata.ts';

export interface PdfExtraction {
  /** One string per page, in page order; lines separated by "\n". Empty for pages without text. */
  pages: string[];
  metadata: PdfMetadata;
  /** Bookmarks with 1-based page numbers. */
  outline: OutlineEntry[];
  /** Each page's printed label ("iii", "12", "A-3") where the PDF defines labels; else null. */
  pageLabels: (string | null)[] | null;
  /** What the reader of the file should know: pages that could not be read, limits reached. */
  warnings: string[];
  /** Set when the page or time limit stopped the reading before the last page. */
  readInPart: boolean;
  /** What each page's text layer showed, for telling the pages that need OCR (needs-ocr.ts). */
  evidence: PageEvidence[];
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageEvidence> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ includeMarkedContent: true });
    const items = content.items as TextContentItem[];
    const text = pageText(items);
    const evidence = { text, ...runEvidence(items.filter((i): i is TextRun => 'str' in i)) };
    // Only a page with a little text may be a scan with a caption; an empty page needs OCR anyway.
    const letters = text.replace(/\s/gu, '').length;
    if (letters === 0 || letters >= MOSTLY_IMAGE_MAX_CHARS) return evidence;
    return { ...evidence, imageShare: await pageImageShare(page) };
  } finally {
    // Fonts and operator lists of a page are not needed again; long documents stay small in memory.
    page.cleanup();
  }
}

/** "Page 16 of 16", "Pages 3, 7 and 16 of 16": the pages named, at most a few of them. */
function namePages(numbers: number[], total: number): string {
  const shown = numbers.slice(0, 10).map(String);
  const more = numbers.length - shown.length;
  if (more > 0) shown.push(`${more} more`);
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
  return `${numbers.length > 1 ? 'Pages' : 'Page'} ${list} of ${total}`;
}

interface PageRead {
  pages: PageEvidence[];
  warnings: string[];
  readInPart: boolean;
}

/**
 * The text of each page, read one page at a time: a damaged page costs only itself, reading stops
 * at the file's page or time limit (keeping the pages read), and a file that inflates past its
 * limits is refused as a whole.
 */
async function readPages(doc: PDFDocumentProxy, budget: ReadBudget): Promise<PageRead> {
  const total = doc.numPages;
  const count = Math.min(total, budget.limits.pagesPerFile);
  const pages: PageEvidence[] = [];
  const damaged: number[] = [];
  const cutShort: number[] = [];
  let firstDamage = '';
  for (let n = 1; n <= count && !budget.stopReason(); n++) {
    budget.startPage();
    try {
      pages.push(await readPage(doc, n));
      if (budget.pageCutShort) cutShort.push(n);
    } catch (error) {
      if (budget.stopReason()) break;
      damaged.push(n);
      firstDamage ||= error instanceof Error ? error.message : String(error);
      pages.push({ text: '' });
    }
  }
  const stop = budget.stopReason();
  if (stop?.kind === 'cancelled') throw new ReadingCancelled(stop.message);
  if (stop?.kind === 'too-large') throw new IngestError(stop.message);
  if (damaged.length === total) {
    throw new IngestError(
      `${namePages(damaged, total)} of the PDF are damaged and cannot be read (${firstDamage}). The file may be incomplete; try getting it again.`,
    );
  }
  const warnings: string[] = [];
  if (cutShort.length > 0)
    warnings.push(
      `${namePages(cutShort, total)} ${cutShort.length > 1 ? 'repeat' : 'repeats'} the same drawing so often that only the first part of the text is indexed (perhaps made to keep readers busy).`,
    );
  if (damaged.length > 0)
    warnings.push(
      `${namePages(damaged, total)} could not be read (${firstDamage}); the other pages are indexed.`,
    );
  if (stop && pages.length === 0)
    throw new IngestError(`${stop.message} Not even its first page could be read in that time.`);
  if (stop)
    warnings.push(
      `${stop.message} What was read of its first ${pages.length} of ${total} pages is indexed.`,
    );
  else if (count < total) warnings.push(pageLimitMessage(budget.limits, total));
  return { pages, warnings, readInPart: stop !== null || count < total };
}

/** The PDF's page labels, one per page; a page whose label is empty has none. */
async function readPageLabels(doc: PDFDocumentProxy): Promise<(string | null)[] | null> {
  const labels = await doc.getPageLabels();
  if (labels === null || labels.length !== doc.numPages) return null;
  const cleaned = labels.map((label) => cleanLabel(label) || null);
  return cleaned.some((label) => label !== null) ? cleaned : null;
}

/** Reads within `limits`; `signal` ends the reading between two steps of pdf.js. */
export function extractPdf(
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  signal?: AbortSignal,
): Promise<PdfExtraction> {
  return withReadBudget(limits, signal, (budget) =>
    withPdfDocument(
      bytes,
      async (doc) => {
        const read = await readPages(doc, budget);
        const pages = read.pages.map((p) => p.text);
        const { info, metadata } = await doc.getMetadata();
        const labels = await readPageLabels(doc);
        return {
          pages,
          evidence: read.pages,
          metadata: pdfMetadata(info as Record<string, unknown>, metadata),
          outline: await readOutline(doc, pages),
          pageLabels: labels && labels.slice(0, pages.length),
          warnings: read.warnings,
          readInPart: read.readInPart,
        };
      },
      budget,
    ),
  );
}

/** True when a PDF yielded no text at all: most likely scanned pages that need OCR. */
export function pdfNeedsOcr(extraction: PdfExtraction): boolean {
  return extraction.pages.every((p) => p.trim() === '');
}
