// Passage highlights: a quoted passage of a document page, marked in a colour with an optional
// note. The quote is kept as selected (NFC) with a little text before and after it, as in the W3C
// Web Annotation TextQuoteSelector, so that it can be found again on the page, and its character
// offset in the page text as a hint when the quote occurs more than once.

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The longest passage one highlight may quote. */
export const MAX_QUOTE_LENGTH = 4000;
/** How much text before and after the quote is kept to find it again. */
export const CONTEXT_LENGTH = 32;
export const MAX_HIGHLIGHT_NOTE_LENGTH = 10_000;

export interface TextQuote {
  /** The text just before the quote on the page (up to CONTEXT_LENGTH characters). */
  prefix: string;
  /** The quoted passage, exactly as selected, in NFC. */
  exact: string;
  /** The text just after the quote on the page (up to CONTEXT_LENGTH characters). */
  suffix: string;
  /** Where the quote started in the page's text when it was made: a hint, not a promise. */
  start: number;
}

export interface Highlight extends TextQuote {
  id: number;
  documentId: string;
  /** The page the passage is on; 1 for documents without pages (Markdown, HTML). */
  page: number;
  colour: HighlightColour;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** Highlights of a document in reading order: by page, then where they start. */
export function compareInReadingOrder(a: Highlight, b: Highlight): number {
  return a.page - b.page || a.start - b.start || a.id - b.id;
}
