// The API's one table: each method's argument (its name and the name of its schema in
// api-schemas.ts), the type of its answer and who may call it. The contract's types (api.ts), the preload bridge, the HTTP client, the
// dispatcher and the HTTP access policy are all derived from it, so a method added here is
// everywhere at once, and one added without an access rule does not compile.
import type { ArgumentSchemas } from './api-schemas.ts';
import type { Bookmark, Taxonomy } from './api.ts';
import type { ReadingList, ReadingListSummary } from './reading-lists.ts';
import type { SessionInfo } from './session-info.ts';
import type { Highlight } from './highlights.ts';
import type { PageImage, PageWords } from './ocr-types.ts';
import type {
  UserBackup,
  UserDataExportReport,
  UserDataImportReport,
  UserRestoreReport,
} from './user-data.ts';
import type { SharingStatus } from './classroom-sharing.ts';
import type { OcrLanguageList } from './ocr-languages.ts';
import type { OcrStatus } from './ocr-run-types.ts';
import type {
  CreatePackReport,
  PackImportReport,
  PackVerification,
  StaticCopyReport,
  TrustedKey,
} from './pack-types.ts';
import type {
  DocumentDetail,
  DocumentSummary,
  IngestProgress,
  IngestReport,
  LibraryStats,
  PageText,
  SearchResponse,
} from './types.ts';

/**
 * Who may call a method:
 * - `read`: anyone the app serves, classroom visitors on the network included;
 * - `user-data`: this computer's own user (the desktop app, or a browser on the same computer);
 * - `library-write`: the desktop app and the command line only, never over HTTP;
 * - `local-only`: the desktop app's own window only (it opens the computer's own dialogs).
 */
export const ACCESS_LEVELS = ['read', 'user-data', 'library-write', 'local-only'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** The type of a method's answer, carried by the table without a value at run time. */
export interface Answer<T> {
  readonly answerType?: T;
}

export const answer = <T>(): Answer<T> => ({});

export interface MethodDeclaration {
  access: Access;
  /** The argument's name (for messages) and schema; a method without one takes no argument. */
  argument?: readonly [name: string, schema: keyof ArgumentSchemas];
  answer: Answer<unknown>;
}

/** Checks a table of methods: every entry must declare its access, argument and answer. */
export const declareMethods = <const Table extends Record<string, MethodDeclaration>>(
  table: Table,
): Table => table;

export const API_METHODS = declareMethods({
  search: {
    access: 'read',
    argument: ['request', 'searchRequest'],
    answer: answer<SearchResponse>(),
  },
  stats: { access: 'read', answer: answer<LibraryStats>() },
  taxonomy: { access: 'read', answer: answer<Taxonomy>() },
  listDocuments: {
    access: 'read',
    argument: ['request', 'documentListRequest'],
    answer: answer<DocumentSummary[]>(),
  },
  getDocument: { access: 'read', argument: ['id', 'documentId'], answer: answer<DocumentDetail>() },
  /** Every page of a document, or a window of its pages ({ id, from, count }). */
  getPages: {
    access: 'read',
    argument: ['request', 'pagesRequest'],
    answer: answer<PageText[]>(),
  },
  /**
   * A scanned page's words as OCR recognised them, with their boxes, for the reader's text layer
   * over the page image; null for a page whose text is the file's own.
   */
  getPageWords: {
    access: 'read',
    argument: ['request', 'pageRequest'],
    answer: answer<PageWords | null>(),
  },
  /** A page image the file cannot be shown as (a TIFF frame), as the library stored it (PNG). */
  getPageImage: {
    access: 'read',
    argument: ['request', 'pageRequest'],
    answer: answer<PageImage>(),
  },
  listBookmarks: {
    access: 'user-data',
    argument: ['documentId', 'documentIdOrAll'],
    answer: answer<Bookmark[]>(),
  },
  saveBookmark: {
    access: 'user-data',
    argument: ['input', 'bookmarkInput'],
    answer: answer<Bookmark>(),
  },
  deleteBookmark: { access: 'user-data', argument: ['id', 'bookmarkId'], answer: answer<true>() },
  updateMetadata: {
    access: 'library-write',
    argument: ['input', 'documentMetadataInput'],
    answer: answer<DocumentDetail>(),
  },
  /**
   * Asks the user to pick files or a folder (for addFiles), one library pack (for verifyPack and
   * importPack), a signing key, a pack's destination or a static copy's folder (for createPack and
   * exportStaticCopy) with the system's own dialog, and gives their paths: an empty list when the
   * dialog is cancelled.
   */
  chooseFiles: {
    access: 'local-only',
    argument: ['request', 'chooseFilesRequest'],
    answer: answer<string[]>(),
  },
  addFiles: {
    access: 'library-write',
    argument: ['request', 'addFilesRequest'],
    answer: answer<IngestReport>(),
  },
  /** The indexing run under way, or null when none is. */
  ingestProgress: { access: 'read', answer: answer<IngestProgress | null>() },
  /** Stops the indexing run under way; what was indexed before stays indexed. */
  cancelIngest: { access: 'library-write', answer: answer<true>() },
  // Scanned pages read in the background (OCR) after indexing: the library's pages waiting, read
  // and given up on (and one document's, for its page), the run's progress, and its controls. A
  // classroom visitor's counts leave out the documents that do not exist for them.
  ocrStatus: {
    access: 'read',
    argument: ['documentId', 'documentIdOrAll'],
    answer: answer<OcrStatus>(),
  },
  /** Turns reading scanned pages after indexing on or off (a setting of the library). */
  setOcrEnabled: {
    access: 'library-write',
    argument: ['enabled', 'ocrEnabled'],
    answer: answer<OcrStatus>(),
  },
  /** Stops the run until resumeOcr, after a restart too; the page being read is read again then. */
  pauseOcr: { access: 'library-write', answer: answer<OcrStatus>() },
  resumeOcr: { access: 'library-write', answer: answer<OcrStatus>() },
  /** Stops the run; the pages left wait for the next run (after indexing, or the next start). */
  cancelOcr: { access: 'library-write', answer: answer<OcrStatus>() },
  /** Puts a document's unread pages first (those given up on too) and starts the run. */
  readDocumentNow: {
    access: 'library-write',
    argument: ['id', 'documentId'],
    answer: answer<OcrStatus>(),
  },

  // Reading lists: kept and edited by this computer's own user; the lists shared with the room
  // are read by everyone the app serves.
  listReadingLists: { access: 'user-data', answer: answer<ReadingListSummary[]>() },
  getReadingList: {
    access: 'user-data',
    argument: ['id', 'readingListId'],
    answer: answer<ReadingList>(),
  },
  createReadingList: {
    access: 'user-data',
    argument: ['input', 'readingListInput'],
    answer: answer<ReadingList>(),
  },
  /** Renames a list, changes its note, or shares it with the room (or stops sharing it). */
  updateReadingList: {
    access: 'user-data',
    argument: ['change', 'readingListChange'],
    answer: answer<ReadingList>(),
  },
  deleteReadingList: {
    access: 'user-data',
    argument: ['id', 'readingListId'],
    answer: answer<true>(),
  },
  addReadingListItem: {
    access: 'user-data',
    argument: ['input', 'readingListItemInput'],
    answer: answer<ReadingList>(),
  },
  setReadingListItemNote: {
    access: 'user-data',
    argument: ['input', 'readingListItemNote'],
    answer: answer<ReadingList>(),
  },
  removeReadingListItem: {
    access: 'user-data',
    argument: ['item', 'readingListItemRef'],
    answer: answer<ReadingList>(),
  },
  /** Puts a list's items in the order given, which must name each of its items once. */
  reorderReadingList: {
    access: 'user-data',
    argument: ['order', 'readingListOrder'],
    answer: answer<ReadingList>(),
  },
  listSharedReadingLists: { access: 'read', answer: answer<ReadingListSummary[]>() },
  /** A list shared with the room; any other list is not found. */
  getSharedReadingList: {
    access: 'read',
    argument: ['id', 'readingListId'],
    answer: answer<ReadingList>(),
  },
  // The classroom: who the interface is serving. Answered by the front door that knows the
  // client (the HTTP route for browsers); the engine answers for its own window.
  sessionInfo: { access: 'read', answer: answer<SessionInfo>() },
  // Library packs: the publisher keys this computer's user trusts, checking and importing packs,
  // and the "do not share" mark that keeps a document out of every pack.
  listTrustedKeys: { access: 'user-data', answer: answer<TrustedKey[]>() },
  addTrustedKey: {
    access: 'user-data',
    argument: ['key', 'trustedKeyInput'],
    answer: answer<TrustedKey>(),
  },
  removeTrustedKey: {
    access: 'user-data',
    argument: ['fingerprint', 'keyFingerprint'],
    answer: answer<true>(),
  },
  /**
   * Checks a pack file on this computer without importing it. It writes nothing, but it names a
   * file on the serving computer's disk, so it is kept off HTTP like addFiles.
   */
  verifyPack: {
    access: 'library-write',
    argument: ['request', 'packFile'],
    answer: answer<PackVerification>(),
  },
  importPack: {
    access: 'library-write',
    argument: ['request', 'packImportRequest'],
    answer: answer<PackImportReport>(),
  },
  setDoNotShare: {
    access: 'library-write',
    argument: ['input', 'doNotShareInput'],
    answer: answer<true>(),
  },
  // Sharing with the room: the desktop window starts and stops serving the library to the
  // classroom's network; the command line does it with `portal serve --lan`.
  sharingStatus: { access: 'local-only', answer: answer<SharingStatus>() },
  startSharing: {
    access: 'local-only',
    argument: ['request', 'sharingRequest'],
    answer: answer<SharingStatus>(),
  },
  stopSharing: { access: 'local-only', answer: answer<SharingStatus>() },
  /**
   * Writes a pack of a reading list's or a search's documents to a file on this computer, and a
   * static copy of them to a folder; both leave out the documents marked "do not share".
   */
  createPack: {
    access: 'library-write',
    argument: ['request', 'createPackRequest'],
    answer: answer<CreatePackReport>(),
  },
  exportStaticCopy: {
    access: 'library-write',
    argument: ['request', 'staticCopyRequest'],
    answer: answer<StaticCopyReport>(),
  },
  // Passage highlights: a document's (or every one, for null), kept like bookmarks.
  listHighlights: {
    access: 'user-data',
    argument: ['documentId', 'documentIdOrAll'],
    answer: answer<Highlight[]>(),
  },
  saveHighlight: {
    access: 'user-data',
    argument: ['input', 'highlightInput'],
    answer: answer<Highlight>(),
  },
  updateHighlight: {
    access: 'user-data',
    argument: ['change', 'highlightChange'],
    answer: answer<Highlight>(),
  },
  deleteHighlight: { access: 'user-data', argument: ['id', 'highlightId'], answer: answer<true>() },
  // The desktop menu speaks the interface language: the interface tells it when it changes.
  setMenuLanguage: {
    access: 'local-only',
    argument: ['language', 'menuLanguage'],
    answer: answer<true>(),
  },
  // What the user wrote, kept safe: the copies of the user database made at start (newest first)
  // and restoring one (what is there now is copied first, so a restore can be undone), and the
  // one file that carries it all to another computer. Files on this computer: its own window only.
  listUserBackups: { access: 'local-only', answer: answer<UserBackup[]>() },
  restoreUserBackup: {
    access: 'local-only',
    argument: ['name', 'userBackupName'],
    answer: answer<UserRestoreReport>(),
  },
  exportUserData: {
    access: 'local-only',
    argument: ['request', 'userDataFile'],
    answer: answer<UserDataExportReport>(),
  },
  /** Adds what the file holds and is not here yet, all at once or (a bad file) nothing. */
  importUserData: {
    access: 'local-only',
    argument: ['request', 'userDataFile'],
    answer: answer<UserDataImportReport>(),
  },
  // The languages scanned pages are read in: listed for this computer's user; adding a data file
  // names a file on the serving computer's disk and changes what indexing reads pages with, so
  // adding and removing are kept off HTTP like addFiles (the desktop app and the command line).
  listOcrLanguages: { access: 'user-data', answer: answer<OcrLanguageList>() },
  addOcrLanguage: {
    access: 'library-write',
    argument: ['request', 'ocrDataFile'],
    answer: answer<OcrLanguageList>(),
  },
  removeOcrLanguage: {
    access: 'library-write',
    argument: ['code', 'ocrDataCode'],
    answer: answer<OcrLanguageList>(),
  },
});

export type ApiMethods = typeof API_METHODS;
export type PortalMethod = keyof ApiMethods;

export const PORTAL_METHODS = Object.keys(API_METHODS) as PortalMethod[];

export function isPortalMethod(name: string): name is PortalMethod {
  return Object.hasOwn(API_METHODS, name);
}

export function methodAccess(method: PortalMethod): Access {
  return API_METHODS[method].access;
}

/** Builds an object with one function per method, such as a client that forwards each call. */
export function implementEveryMethod<Api>(
  make: (method: PortalMethod) => (...args: never[]) => unknown,
): Api {
  return Object.fromEntries(PORTAL_METHODS.map((method) => [method, make(method)])) as Api;
}
