// What the exporter writes into a static copy and its page script reads: the catalog of the copy,
// the fields of its search index and the globals its data scripts assign. Pages opened from
// file:// cannot fetch, so every piece of data arrives as a classic script that sets a global.
import type { CopyLanguage } from './copy-strings.ts';

/** Fields of the search index with their weights, as the engine weighs its own columns. */
export const WORD_FIELDS = {
  title: 10,
  summary: 5,
  keywords: 3,
  organisations: 2,
  body: 1,
} as const;

/** Grapheme-cluster fields, where Thai, Lao, Khmer and Burmese match however words were cut. */
export const CLUSTER_FIELDS = { metaClusters: 0.5, bodyClusters: 0.3 } as const;

export type IndexField = keyof typeof WORD_FIELDS | keyof typeof CLUSTER_FIELDS;

/** One document of the copy; its position in the catalog is its reference in the index. */
export interface CopyDocument {
  /** The SHA-256 of the document's bytes, its id in the library. */
  id: string;
  title: string;
  type: string;
  format: string;
  language: string;
  year: number | null;
  summary: string;
  countries: string[];
  organisations: string[];
  themes: string[];
  pageCount: number;
  /** Relative link from index.html: documents/<file>.pdf or documents/<file>.html. */
  href: string;
  /** The reading list's note on this document. */
  note?: string;
  /** The pages whose text was recognised from a scan, which results say may hold errors. */
  ocrPages?: number[];
}

export interface CopyNames {
  countries: Record<string, string>;
  organisations: Record<string, string>;
  themes: Record<string, string>;
  types: Record<string, string>;
}

export interface CopyCatalog {
  /** The language the copy's pages speak (its words: copy-strings.ts). */
  language: CopyLanguage;
  /** What the copy holds, in a sentence: the whole library, a filtered part, or a reading list. */
  holds: string;
  madeBy: string;
  /** ISO 8601 date and time of the export. */
  madeAt: string;
  /** Set when the copy opens on a reading list: its documents come in its order, with notes. */
  list: { title: string } | null;
  documents: CopyDocument[];
  names: CopyNames;
}

/** The globals the data scripts assign and the page script reads. */
export const COPY_GLOBALS = {
  catalog: 'portalCopyCatalog',
  index: 'portalCopyIndex',
  /** A function the page script defines; each data/pages/<ref>.js calls it with its pages. */
  pages: 'portalCopyPages',
} as const;

/** Where the files of a copy live, relative to its index.html. */
export const COPY_PATHS = {
  catalog: 'data/catalog.js',
  index: 'data/search-index.js',
  pages: (ref: number) => `data/pages/${ref}.js`,
  script: 'assets/static-copy.js',
  style: 'assets/style.css',
  fonts: 'assets/fonts.css',
  documents: 'documents',
} as const;
