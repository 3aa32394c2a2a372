// Turns one file's bytes into page texts, their index forms and what the file says about itself.
// Runs in the extraction workers, so both cores share the work of parsing and normalising. The
// readers of Word, HTML, Markdown and image files are loaded when a file of theirs comes: a worker
// that only reads PDFs, the common case, does not hold them (6 MB of heap and 0.1 s per worker).
import type { DocumentFormat, OutlineEntry } from '#shared/types.ts';
import type { IndexedPage } from '../library/document-record.ts';
import { guessLanguage } from './detect-language.ts';
import { decodeUtf8, detectFormat } from './file-format.ts';
import { fileLanguage, languageDefaulted } from './file-language.ts';
import { IngestError } from './ingest-error.ts';
import { pagesNeedingOcr, type PageEvidence, type PageOcrNeed } from './needs-ocr.ts';
import { paginateText } from './paginate-text.ts';
import type { ReadWithin } from '../store/library/read-in-part.ts';
import type { ReadLimits } from './read-limits.ts';
import { DEFAULT_READ_LIMITS } from './read-limits.ts';
import type { ImagePage } from './image/extract-image.ts';
import { IMAGE_WAITING_FOR_OCR } from './image/waiting-for-ocr.ts';
import { indexPage } from './index-page.ts';
import { extractPdf } from './pdf/extract-pdf.ts';
import { PasswordProtectedPdfError, passwordProtectedDocument } from './pdf/password-protected.ts';

export interface FileMetadata {
  title: string | null;
  /** The language tag the file declares, as written: often the writing tool's locale, so only a tiebreak. */
  language: string | null;
  year: number | null;
  keywords: string[];
  summary: string | null;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  pages: IndexedPage[];
  outline: OutlineEntry[];
  metadata: FileMetadata;
  /** The file's language: what its text shows, or what it declares where the text cannot tell. */
  language: string;
  /** Neither told: `language` is English by default, for OCR to detect from the page images. */
  languageDefaulted?: true;
  warnings: string[];
  /** A PDF that needs a password to open: indexed by its description alone. */
  passwordProtected?: true;
  /** The page and time limits that stopped the reading before the file's end. */
  readWithin?: ReadWithin;
  /** An image file's pages (format 'image'): their size, and a PNG where the file is a TIFF. */
  images?: ImagePage[];
  /** The pages whose text must come from OCR, and why (PDF and image files). */
  ocrNeeds?: PageOcrNeed[];
}

interface RawExtraction {
  pages: string[];
  images?: ImagePage[];
  /** What each page's text layer showed, where the format has one that may need OCR. */
  evidence?: PageEvidence[];
  pageLabels?: (string | null)[] | null;
  outline: OutlineEntry[];
  metadata: FileMetadata;
  warnings?: string[];
  readInPart?: boolean;
}

function outlineFromHeadings(headings: { level: number; text: string }[]): OutlineEntry[] {
  return headings
    .filter((h) => h.level <= 2 && h.text)
    .map((h) => ({ title: h.text, page: null, children: [] }));
}

/** The first line of a text as its title, when it is short enough to be one. */
function firstLineTitle(text: string): string | null {
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? null;
  return firstLine && firstLine.length <= 200 ? firstLine : null;
}

async function extractRaw(
  format: DocumentFormat,
  bytes: Uint8Array,
  limits: ReadLimits,
  signal: AbortSignal | undefined,
): Promise<RawExtraction> {
  switch (format) {
    case 'pdf': {
      const pdf = await extractPdf(bytes, limits, signal);
      return {
        warnings: pdf.warnings,
        readInPart: pdf.readInPart,
        pages: pdf.pages,
        evidence: pdf.evidence,
        pageLabels: pdf.pageLabels,
        outline: pdf.outline,
        metadata: {
          title: pdf.metadata.title ?? null,
          language: pdf.metadata.language ?? null,
          year: null,
          keywords: pdf.metadata.keywords ?? [],
          summary: pdf.metadata.subject ?? null,
        },
      };
    }
    case 'markdown':
    case 'html': {
      const text = decodeUtf8(bytes);
      const { htmlToText, markdownToText } = await import('./extract-markup.ts');
      const markup = format === 'html' ? htmlToText(text) : markdownToText(text);
      return {
        pages: paginateText(markup.text),
        outline: outlineFromHeadings(markup.headings),
        metadata: {
          title: markup.title,
          language: markup.language,
          year: null,
          keywords: [],
          summary: null,
        },
      };
    }
    case 'text': {
      const text = decodeUtf8(bytes).replace(/\r\n?/g, '\n');
      return {
        pages: paginateText(text),
        outline: [],
        metadata: {
          title: firstLineTitle(text),
          language: null,
          year: null,
          keywords: [],
          summary: null,
        },
      };
    }
    case 'docx': {
      const { docxToText } = await import('./extract-docx.ts');
      const document = await docxToText(bytes, limits);
      return {
        pages: paginateText(document.text),
        outline: outlineFromHeadings(document.headings),
        metadata: {
          title: document.title ?? firstLineTitle(document.text),
          language: null,
          year: null,
          keywords: [],
          summary: null,
        },
      };
    }
    case 'image': {
      const { extractImage } = await import('./image/extract-image.ts');
      const images = await extractImage(bytes, limits);
      return {
        pages: images.map(() => ''),
        evidence: images.map(() => ({ text: '' })),
        images,
        outline: [],
        metadata: { title: null, language: null, year: null, keywords: [], summary: null },
      };
    }
    case 'catalog':
      throw new IngestError('Catalog entries have no file to extract.');
  }
}

/** Reads one file within `limits`; `signal` stops the reading of a PDF between steps. */
export async function extractDocument(
  path: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  signal?: AbortSignal,
): Promise<ExtractedDocument> {
  const warnings: string[] = [];
  const { format, warning } = detectFormat(path, bytes);
  if (warning) warnings.push(warning);
  let raw: RawExtraction;
  try {
    raw = await extractRaw(format, bytes, limits, signal);
  } catch (error) {
    if (!(error instanceof PasswordProtectedPdfError)) throw error;
    return passwordProtectedDocument(fileLanguage(null, guessLanguage('')), warnings);
  }
  warnings.push(...(raw.warnings ?? []));
  const pages = raw.pages.map((text, i) => indexPage(text, raw.pageLabels?.[i] ?? null));
  // A file read only in part already says why; the part read may simply have had no text.
  if (format === 'image') {
    warnings.push(IMAGE_WAITING_FOR_OCR);
  } else if (!raw.warnings?.length && pages.every((p) => p.body.trim() === '')) {
    warnings.push(
      format === 'pdf'
        ? 'No text could be extracted (the PDF may be scanned images and need OCR); only its metadata is searchable.'
        : 'The file contains no text; only its metadata is searchable.',
    );
  }
  const guess = guessLanguage(raw.pages.join('\n'));
  const language = fileLanguage(raw.metadata.language, guess);
  return {
    format,
    pages,
    outline: raw.outline,
    metadata: raw.metadata,
    language,
    ...(languageDefaulted(raw.metadata.language, guess) ? { languageDefaulted: true } : {}),
    warnings,
    ...(raw.readInPart
      ? { readWithin: { pagesPerFile: limits.pagesPerFile, secondsPerFile: limits.secondsPerFile } }
      : {}),
    ...(raw.images ? { images: raw.images } : {}),
    ...(raw.evidence ? { ocrNeeds: pagesNeedingOcr(raw.evidence, language) } : {}),
  };
}
