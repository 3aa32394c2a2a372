// Highlighted passages as Markdown, document by document in reading order, each quote followed by
// its citation and the note on it: to paste into a brief or keep beside a judgment.
import { compareInReadingOrder } from '#shared/highlights.ts';
import type { Highlight } from '#shared/highlights.ts';
import type { DocumentSummary } from '#shared/types.ts';

export type CitedDocument = Pick<
  DocumentSummary,
  'id' | 'title' | 'organisations' | 'year' | 'language'
>;

/** A document cited at a page, in the style and language the reader chose. */
export type CiteAt = (document: CitedDocument, page: number) => string;

export interface CitationLabels {
  /** Written before a page, e.g. "p." */
  page: string;
  /** Names a document the library no longer has. */
  unknownDocument: string;
}

export interface HighlightGroup {
  documentId: string;
  document: CitedDocument | null;
  highlights: Highlight[];
}

/** Highlights by document, in the order documents were first seen, each in reading order. */
export function groupByDocument(
  highlights: readonly Highlight[],
  documents: ReadonlyMap<string, CitedDocument>,
): HighlightGroup[] {
  const groups = new Map<string, Highlight[]>();
  for (const h of highlights) groups.set(h.documentId, [...(groups.get(h.documentId) ?? []), h]);
  return [...groups].map(([documentId, list]) => ({
    documentId,
    document: documents.get(documentId) ?? null,
    highlights: list.sort(compareInReadingOrder),
  }));
}

export interface MarkdownLabels extends CitationLabels {
  title: string;
  note: string;
}

/** The citation of a highlight: its document and page, or only the page when it has left. */
export function highlightCitation(
  group: HighlightGroup,
  highlight: Highlight,
  cite: CiteAt,
  labels: CitationLabels,
): string {
  return group.document
    ? cite(group.document, highlight.page)
    : `${labels.unknownDocument}, ${labels.page} ${highlight.page}`;
}

/** Each line of a block quoted, so that a note or quote of several lines stays one block. */
const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

export function highlightsMarkdown(
  groups: readonly HighlightGroup[],
  cite: CiteAt,
  labels: MarkdownLabels,
): string {
  const parts = [`# ${labels.title}`];
  for (const group of groups) {
    parts.push(`## ${group.document?.title.trim() ?? labels.unknownDocument}`);
    for (const h of group.highlights) {
      parts.push(quoted(h.exact), `— ${highlightCitation(group, h, cite, labels)}`);
      if (h.note.trim()) parts.push(`${labels.note}: ${h.note.trim()}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
