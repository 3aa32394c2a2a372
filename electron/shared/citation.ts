// A citation of a document, or of a page of it, ready to paste into a brief or a judgment, in one
// of two styles:
// - plain: "Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR, 2022), p. 4",
//   a parenthesis inside that of the source written as square brackets;
// - APA (7th edition, as for reports and grey literature): the organisation that published the
//   document as its author, "People's Supreme Court of Lao PDR. (2022). Guidelines for
//   Victim-Sensitive Courts (p. 4)." with the title in italics. APA leaves out the publisher when
//   it is the author, as it always is here (the catalog names organisations, not people).
// The words ("p.", "n.d.") and the organisations' names come in the citation's language from the
// caller. A document without a known year is cited "n.d.", never by its file's date. The app's
// "Copy citation", the reading lists' handouts and their downloads use it.
import type { DocumentOrganisation, DocumentSummary } from './types.ts';

export const CITATION_STYLES = ['plain', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface CitationWords {
  /** Written before a page, e.g. "p." */
  page: string;
  /** Written for a year the document does not give, e.g. "n.d." */
  noDate: string;
}

export interface CitationOptions {
  style: CitationStyle;
  words: CitationWords;
  /** An organisation's name in the citation's language; its stored name when left out. */
  organisationName?: (organisation: DocumentOrganisation) => string;
}

/** A page by its number in the file and, where the file prints one, its label ("iii", "12"). */
export interface CitedPage {
  number: number;
  label?: string | null;
}

/** A run of a citation's text: the title is set in italics where the medium allows it (APA). */
export interface CitationPart {
  text: string;
  italic: boolean;
}

export type CitedDocument = Pick<DocumentSummary, 'title' | 'organisations' | 'year'>;

export const ENGLISH_CITATION: CitationOptions = {
  style: 'plain',
  words: { page: 'p.', noDate: 'n.d.' },
};

/** The page as printed where the file labels it, else its number. */
export function pageName(page: CitedPage): string {
  const label = page.label?.trim();
  return label ? label : String(page.number);
}

/** A page of a document whose labels (one per page, or null) the reader was given. */
export function citedPage(
  number: number | null,
  labels: readonly (string | null)[] | null | undefined,
): CitedPage | null {
  return number === null ? null : { number, label: labels?.[number - 1] ?? null };
}

const TERMINAL_PUNCTUATION = /[.!?…。]$/u;
/** "(ASEAN-ACT)", "(SOMTC)": an abbreviation in parentheses closing an organisation's name. */
const TRAILING_ABBREVIATION = /\s*\([^()\s]*\p{Lu}[^()\s]*\p{Lu}[^()\s]*\)$/u;

/** Parentheses inside a parenthesis are written as square brackets, so none are doubled. */
const bracketed = (text: string) => text.replaceAll('(', '[').replaceAll(')', ']');

/** Ends a sentence-like element with a period unless it already ends with punctuation. */
const closed = (text: string) => (TERMINAL_PUNCTUATION.test(text) ? text : `${text}.`);

const withoutFinalPeriod = (text: string) => text.replace(/\.+$/u, '');

function yearOf(document: CitedDocument, words: CitationWords): string {
  return document.year === null ? words.noDate : String(document.year);
}

function publishers(document: CitedDocument, options: CitationOptions): string[] {
  const nameOf = options.organisationName ?? ((o: DocumentOrganisation) => o.name);
  return document.organisations
    .filter((o) => o.role === 'publisher')
    .map((o) => nameOf(o).trim())
    .filter((name) => name !== '');
}

/** APA joins two or more authors with commas and "&" before the last. */
function authorList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

function plainParts(
  document: CitedDocument,
  page: CitedPage | null,
  options: CitationOptions,
): CitationPart[] {
  const title = withoutFinalPeriod(document.title.trim());
  const publisher = publishers(document, options)[0];
  const source = [
    publisher === undefined ? null : bracketed(publisher),
    yearOf(document, options.words),
  ]
    .filter((part) => part !== null)
    .join(', ');
  const where = page === null ? '' : `, ${options.words.page} ${pageName(page)}`;
  // A title that closes with its own parenthesis, "… (Lao PDR)", takes the source after a comma.
  const cited = title.endsWith(')') ? `${title}, ${source}` : `${title} (${source})`;
  return [{ text: `${cited}${where}`, italic: false }];
}

function apaParts(
  document: CitedDocument,
  page: CitedPage | null,
  options: CitationOptions,
): CitationPart[] {
  const title = document.title.trim();
  const authors = publishers(document, options).map((name) =>
    bracketed(name.replace(TRAILING_ABBREVIATION, '')),
  );
  const date = `(${yearOf(document, options.words)}).`;
  // With a page, the title carries it in parentheses and the element closes after them.
  const titleParts: CitationPart[] =
    page === null
      ? [{ text: closed(title), italic: true }]
      : [
          { text: withoutFinalPeriod(title), italic: true },
          { text: ` (${options.words.page} ${pageName(page)}).`, italic: false },
        ];
  if (authors.length === 0) {
    return [...titleParts, { text: ` ${date}`, italic: false }];
  }
  return [{ text: `${closed(authorList(authors))} ${date} `, italic: false }, ...titleParts];
}

/** The citation as runs of text, for a medium that can set the title in italics. */
export function citationParts(
  document: CitedDocument,
  page: CitedPage | null,
  options: CitationOptions = ENGLISH_CITATION,
): CitationPart[] {
  return options.style === 'apa'
    ? apaParts(document, page, options)
    : plainParts(document, page, options);
}

/** The citation as plain text (the clipboard, a text file). */
export function formatCitation(
  document: CitedDocument,
  page: CitedPage | null,
  options: CitationOptions = ENGLISH_CITATION,
): string {
  return citationParts(document, page, options)
    .map((part) => part.text)
    .join('');
}
