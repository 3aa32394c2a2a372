// What a PDF says about itself: the Info dictionary first, the XMP packet where Info is silent.
// Both are written by tools, often badly, so every value is cleaned and doubtful ones dropped.
// The file's creation date is not read: it says when a tool wrote the file (often a re-export or a
// scan years later), not when the document was published, and would be cited as its year.

export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 tag from the document catalog's /Lang (or XMP dc:language). */
  language?: string;
}

/** The part of pdf.js's Metadata object used here. */
interface XmpMetadata {
  get(name: string): unknown;
}

/** Titles that tools write when the author gave none. */
const placeholderTitles = /^(untitled|document|about:blank|microsoft word|slide \d+|\d+)$/i;
/** Office suites prefix the application and suffix the file name when printing to PDF. */
const applicationPrefix = /^(microsoft (word|powerpoint|excel)|word|powerpoint)\s+-\s+/i;
const fileExtension = /\.(docx?|pptx?|xlsx?|odt|rtf|txt|html?|pdf|indd|qxp)$/i;
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A label written by a tool, on one line, without control codes or replacement characters. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[\p{Cc}\uFFFD]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function clean(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
  if (typeof text !== 'string') return undefined;
  const cleaned = cleanLabel(text);
  return cleaned === '' ? undefined : cleaned;
}

function cleanTitle(value: unknown): string | undefined {
  const title = clean(value)?.replace(applicationPrefix, '').replace(fileExtension, '').trim();
  return title && !placeholderTitles.test(title) ? title : undefined;
}

function cleanLanguage(value: unknown): string | undefined {
  const tag = clean(value)?.replace(/_/g, '-');
  if (!tag || !languageTag.test(tag) || /^x-/i.test(tag)) return undefined;
  const [primary = '', ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest].join('-');
}

function keywordList(value: unknown): string[] | undefined {
  const text = clean(value);
  if (!text) return undefined;
  const words = [
    ...new Set(
      text
        .split(/[,;]/)
        .map((k) => k.trim())
        .filter((k) => k !== ''),
    ),
  ];
  return words.length > 0 ? words : undefined;
}

function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

/** Metadata from pdf.js's `getMetadata()` result. */
export function pdfMetadata(info: Record<string, unknown>, xmp: XmpMetadata | null): PdfMetadata {
  const fromXmp = (name: string): unknown => xmp?.get(name) ?? undefined;
  const metadata: PdfMetadata = {
    title: firstDefined(cleanTitle(info.Title), cleanTitle(fromXmp('dc:title'))),
    author: firstDefined(clean(info.Author), clean(fromXmp('dc:creator'))),
    subject: firstDefined(clean(info.Subject), clean(fromXmp('dc:description'))),
    keywords: firstDefined(keywordList(info.Keywords), keywordList(fromXmp('pdf:keywords'))),
    language: firstDefined(cleanLanguage(info.Language), cleanLanguage(fromXmp('dc:language'))),
  };
  return Object.fromEntries(
    Object.entries(metadata).filter(([, v]) => v !== undefined),
  ) as PdfMetadata;
}
