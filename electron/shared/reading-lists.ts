// Reading lists as the API gives them: named, ordered lists of documents (or of a given page of
// one) for a course, each item and each list with a note; a list shared with the room can be read
// by classroom visitors.
import type { z } from 'zod';
import type { ArgumentSchemas } from './api-schemas.ts';
import type { DocumentSummary } from './types.ts';

export interface ReadingListSummary {
  id: number;
  name: string;
  note: string;
  /** Visible, read-only, to classroom visitors. */
  shared: boolean;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReadingListItem {
  id: number;
  documentId: string;
  /** A page of the document, or null for the whole document. */
  page: number | null;
  /** That page's printed label ("iii", "12") where the file gives one; else null. */
  pageLabel: string | null;
  note: string;
  /** The document as the library describes it; null once the library no longer holds it. */
  document: DocumentSummary | null;
}

export interface ReadingList extends ReadingListSummary {
  /** In the list's order. */
  items: ReadingListItem[];
}

export type ReadingListInput = z.output<ArgumentSchemas['readingListInput']>;
export type ReadingListChange = z.output<ArgumentSchemas['readingListChange']>;
export type ReadingListItemInput = z.output<ArgumentSchemas['readingListItemInput']>;
export type ReadingListItemNote = z.output<ArgumentSchemas['readingListItemNote']>;
export type ReadingListItemRef = z.output<ArgumentSchemas['readingListItemRef']>;
export type ReadingListOrder = z.output<ArgumentSchemas['readingListOrder']>;
