import type {
  DocumentFormat,
  DocumentType,
  OrganisationRole,
  OutlineEntry,
} from '#shared/types.ts';

/** Where a document's metadata came from: the catalog, the file itself, or a person's edit. */
export type MetadataSource = 'catalog' | 'file' | 'user';

export interface DocumentMetadata {
  title: string;
  type: DocumentType;
  language: string;
  year: number | null;
  date: string | null;
  summary: string;
  keywords: string[];
  countries: string[];
  organisations: { id: string; role: OrganisationRole }[];
  themes: string[];
  /** Library-relative paths of documents this one refers to (news and events). */
  links: string[];
}

/** A page's original text (for display and snippets), its three index forms and its printed label. */
export interface IndexedPage {
  text: string;
  /** The number printed on the page ("iii", "12") where the file says; null where it does not. */
  label: string | null;
  body: string;
  sea: string;
  /** The exact column (#shared/text/exact.ts): '' when no word of the page carries a mark. */
  exact: string;
}

export interface DocumentRecord {
  id: string;
  /** Library-relative path with '/', or null for a catalog entry without a file. */
  path: string | null;
  entryKey: string | null;
  format: DocumentFormat;
  sizeBytes: number;
  outline: OutlineEntry[];
  pages: IndexedPage[];
  uncatalogued: boolean;
  metadata: DocumentMetadata;
  metadataSource: MetadataSource;
  /** Fingerprint of the catalog entry applied, so a catalog edit is noticed without re-reading the file. */
  metadataHash: string;
}

/** Page rowids carry their document: document_rowid * 2^20 + page number (1-based). */
export const PAGE_ROWID_SHIFT = 20;
export const MAX_PAGES_PER_DOCUMENT = 2 ** PAGE_ROWID_SHIFT - 1;

export function pageRowid(documentRowid: number, pageNo: number): number {
  return documentRowid * 2 ** PAGE_ROWID_SHIFT + pageNo;
}

/** The document rowid a page rowid carries. */
export function documentRowidOf(pageRowidValue: number): number {
  return Math.floor(pageRowidValue / 2 ** PAGE_ROWID_SHIFT);
}

/** The rowids a document's pages can take, inclusive. */
export function pageRowidRange(documentRowid: number): [number, number] {
  return [pageRowid(documentRowid, 1), pageRowid(documentRowid, MAX_PAGES_PER_DOCUMENT)];
}
