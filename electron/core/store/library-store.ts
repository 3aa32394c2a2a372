// Everything the engine asks of the library database, as one typed interface. The statements live
// in the modules of store/library, plain functions taking the connection first (the indexer calls
// them inside its own transactions); libraryStore binds them to one connection and one view of
// the library, so what a classroom visitor may not see is left out where documents are read.
import type Database from 'better-sqlite3';
import type { DocumentListRequest, Taxonomy } from '#shared/api.ts';
import type { PageImage, PageWords } from '#shared/ocr-types.ts';
import type { DocumentDetail, DocumentSummary, LibraryStats, PageText } from '#shared/types.ts';
import type { AttributeRows } from './library/attribute-rows.ts';
import { readAttributeRows } from './library/attribute-rows.ts';
import {
  findDocumentRowid,
  readDetail,
  readDocumentPath,
  readPageLabel,
  readPages,
  readSummaries,
} from './library/document-reader.ts';
import type { PageWindow } from './library/document-reader.ts';
import { carryDoNotShare, isShareable, setDoNotShare } from './library/do-not-share.ts';
import type { LibraryView } from './library/do-not-share.ts';
import { isPasswordProtected } from './library/password-protected.ts';
import { readLibraryFolder, recordLibraryFolder } from './library/library-folder.ts';
import { libraryStats } from './library/library-stats.ts';
import { readPageText } from './library/page-text.ts';
import { pagesOcrConfidence, readPageWords, readStoredPageImage } from './library/page-words.ts';
import { listDocuments } from './library/list-documents.ts';
import type { MetadataEdit } from './library/metadata-edit.ts';
import { applyMetadataEdit } from './library/metadata-edit.ts';
import { hasOutdatedText } from './library/outdated-text.ts';
import type { StoredOcrPage } from './library/ocr-pages.ts';
import { addOcrReadings, readOcrPages, readPageImage } from './library/ocr-pages.ts';
import type { PageImage as StoredPageImage } from './library/ocr-pages.ts';
import { readDataVersion } from './library/data-version.ts';
import type { IdAndName, NamedList } from './library/taxonomy.ts';
import { readNames, readTaxonomy } from './library/taxonomy.ts';
import type { FullTextIndex, Vocabulary } from './library/text-search.ts';
import {
  documentFrequency,
  matchingRows,
  pageLengths,
  rankedRows,
  wordsFrom,
  countWordsFrom,
  textTokensFrom,
} from './library/text-search.ts';

export interface LibraryStore {
  /** The documents this store answers for. */
  readonly view: LibraryView;
  /** A document's rowid from its id or an unambiguous prefix of it (6 hex digits or more). */
  findDocumentRowid(id: string): number | null;
  readDetail(rowid: number): DocumentDetail | null;
  /** Summaries for the given rowids, in the order given. */
  readSummaries(rowids: number[]): DocumentSummary[];
  readPages(rowid: number, window?: PageWindow): PageText[];
  /** A page's printed label ("iii", "12"), or null when its file gives none. */
  readPageLabel(rowid: number, page: number): string | null;
  /** The words OCR recognised on a page, or null when its text did not come from OCR. */
  readPageWords(rowid: number, page: number): PageWords | null;
  /** A page's stored image (a TIFF frame as PNG), or null when the file itself is the image. */
  readPageImage(rowid: number, page: number): PageImage | null;
  /** How sure OCR was of these pages' text, by page rowid; the file's own text is left out. */
  pagesOcrConfidence(pageRowids: number[]): Map<number, number>;
  /** The library-relative path of a document's file; null for catalog entries and unknown ids. */
  documentPath(id: string): string | null;
  listDocuments(request: DocumentListRequest): DocumentSummary[];
  applyMetadataEdit(rowid: number, edit: MetadataEdit): void;
  /** Whether an older engine read some document, so indexing the folder again improves it. */
  hasOutdatedText(): boolean;
  stats(): LibraryStats;
  taxonomy(): Taxonomy;
  names(list: NamedList): IdAndName[];
  attributeRows(): AttributeRows;
  libraryFolder(): string | null;
  /** Changes when another connection (another process, a worker) has written to the library. */
  dataVersion(): number;
  recordLibraryFolder(folder: string): void;
  setDoNotShare(id: string, doNotShare: boolean): void;
  /** False for a document marked "do not share": packs and copies leave it out. */
  isShareable(id: string): boolean;
  /** Whether the store's view holds a document: any document, or only those that may be shared. */
  isInView(id: string): boolean;
  carryDoNotShare(fromId: string, toId: string): void;
  /** The latest OCR reading of each of a document's pages that was read (packs carry them). */
  ocrReadings(id: string): StoredOcrPage[];
  /** Stores readings of a document's pages that have none yet (a pack's); returns how many. */
  addOcrReadings(id: string, readings: readonly StoredOcrPage[]): number;
  /** A page image stored for a file a browser cannot show (a TIFF frame as PNG), or null. */
  storedPageImage(id: string, page: number): StoredPageImage | null;

  matchingRows(index: FullTextIndex, expression: string): number[];
  rankedRows(index: FullTextIndex, expression: string): [number, number][];
  documentFrequency(vocabulary: Vocabulary, word: string): number;
  wordsFrom(prefix: string, limit: number): [string, number][];
  /** How many indexed document words start with `prefix`, counted up to `limit`. */
  countWordsFrom(prefix: string, limit: number): number;
  /** Up to `limit` tokens of the document text index from `prefix` on (cluster pairs among them). */
  textTokensFrom(prefix: string, limit: number): string[];
  pageText(pageRowid: number): string | undefined;
  /** The length in bytes of each page of these documents, by page rowid. */
  pageLengths(documents: readonly number[]): Map<number, number>;
}

/**
 * The store over one connection. In the 'shareable' view a document marked "do not share", or a
 * PDF that needs a password, is unknown: lookups, listings, summaries, related documents, statistics and the rows the search
 * indexes leave it out; rowids come only from those lookups, so what reads by rowid follows.
 */
export function libraryStore(db: Database.Database, view: LibraryView = 'whole'): LibraryStore {
  return {
    view,
    findDocumentRowid: (id) => findDocumentRowid(db, id, view),
    readDetail: (rowid) => readDetail(db, rowid, view),
    readSummaries: (rowids) => readSummaries(db, rowids, view),
    readPages: (rowid, window) => readPages(db, rowid, window),
    readPageLabel: (rowid, page) => readPageLabel(db, rowid, page),
    readPageWords: (rowid, page) => readPageWords(db, rowid, page),
    readPageImage: (rowid, page) => readStoredPageImage(db, rowid, page),
    pagesOcrConfidence: (pageRowids) => pagesOcrConfidence(db, pageRowids),
    documentPath: (id) => readDocumentPath(db, id, view),
    listDocuments: (request) => listDocuments(db, request, view),
    applyMetadataEdit: (rowid, edit) => applyMetadataEdit(db, rowid, edit),
    hasOutdatedText: () => hasOutdatedText(db),
    stats: () => libraryStats(db, view),
    taxonomy: () => readTaxonomy(db),
    names: (list) => readNames(db, list),
    attributeRows: () => readAttributeRows(db, view),
    libraryFolder: () => readLibraryFolder(db),
    dataVersion: () => readDataVersion(db),
    recordLibraryFolder: (folder) => recordLibraryFolder(db, folder),
    setDoNotShare: (id, doNotShare) => setDoNotShare(db, id, doNotShare),
    isShareable: (id) => isShareable(db, id),
    isInView: (id) => view === 'whole' || (isShareable(db, id) && !isPasswordProtected(db, id)),
    carryDoNotShare: (fromId, toId) => carryDoNotShare(db, fromId, toId),
    ocrReadings: (id) => readOcrPages(db, id),
    addOcrReadings: (id, readings) => addOcrReadings(db, id, readings),
    storedPageImage: (id, page) => readPageImage(db, id, page),
    matchingRows: (index, expression) => matchingRows(db, index, expression),
    rankedRows: (index, expression) => rankedRows(db, index, expression),
    documentFrequency: (vocabulary, word) => documentFrequency(db, vocabulary, word),
    wordsFrom: (prefix, limit) => wordsFrom(db, prefix, limit),
    countWordsFrom: (prefix, limit) => countWordsFrom(db, prefix, limit),
    textTokensFrom: (prefix, limit) => textTokensFrom(db, prefix, limit),
    pageText: (pageRowid) => readPageText(db, pageRowid),
    pageLengths: (documents) => pageLengths(db, documents),
  };
}
