// Highlighted passages as Markdown, document by document in reading order, each quote followed by
// its citation and the note on it: to paste into a brief or keep beside a judgment.
import { formatCitation } from '#shared/citation.ts';
import type { CitationLabels } from '#shared/citation.ts';
import { compareInReadingOrder } from '#shared/highlights.ts';
import type { Highlight } from '#shared/highlights.ts';
import type { DocumentSummary } from '#shared/types.ts';

export type CitedDocument = Pick<DocumentSummary, 'id' | 'title' | 'organisations' | 'year'>;

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
  unknownDocument: string;
}

/** The citation of a highlight: its document and page, or only the page when it has left. */
export function highlightCitation(
  group: HighlightGroup,
  highlight: Highlight,
  labels: CitationLabels & { unknownDocument: string },
): string {
  return group.document
    ? formatCitation(group.document, highlight.page, labels)
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
  labels: MarkdownLabels,
): string {
  const parts = [`# ${labels.title}`];
  for (const group of groups) {
    parts.push(`## ${group.document?.title.trim() ?? labels.unknownDocument}`);
    for (const h of group.highlights) {
      parts.push(quoted(h.exact), `— ${highlightCitation(group, h, labels)}`);
      if (h.note.trim()) parts.push(`${labels.note}: ${h.note.trim()}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
