// A citation: the document's title, publisher, year and page, ready to paste into a brief or a
// judgment, e.g. "Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR,
// 2022), p. 4". The app's "Copy citation" and the reading lists' handouts and downloads use it.
import type { DocumentSummary } from './types.ts';

export interface CitationLabels {
  /** Written before a page number, e.g. "p." */
  page: string;
}

export function publisherOf(document: Pick<DocumentSummary, 'organisations'>): string | null {
  return document.organisations.find((o) => o.role === 'publisher')?.name ?? null;
}

export function formatCitation(
  document: Pick<DocumentSummary, 'title' | 'organisations' | 'year'>,
  page: number | null,
  labels: CitationLabels = { page: 'p.' },
): string {
  const source = [
    publisherOf(document),
    document.year === null ? null : String(document.year),
  ].filter((part): part is string => part !== null && part !== '');
  const title = document.title.trim();
  const cited = source.length ? `${title} (${source.join(', ')})` : title;
  return page === null ? cited : `${cited}, ${labels.page} ${page}`;
}
