// The API contract between the interface and the engine: one source of truth for the IPC
// handlers in the main process, the preload bridge, the HTTP server and the renderer's clients.
import type {
  Country,
  DocumentDetail,
  DocumentSummary,
  IngestProgress,
  IngestReport,
  LibraryStats,
  Organisation,
  PageText,
  SearchRequest,
  SearchResponse,
  Theme,
} from './types.ts';

/** Errors cross every boundary as values, never as thrown strings. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  code: 'invalid-argument' | 'not-found' | 'forbidden' | 'failed';
  message: string;
}

export interface DocumentListRequest {
  country?: string;
  organisation?: string;
  theme?: string;
  type?: string;
  /** Most recently added first when true; by title otherwise. */
  recent?: boolean;
  limit?: number;
}

export interface Bookmark {
  id: number;
  documentId: string;
  page: number | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface BookmarkInput {
  documentId: string;
  page: number | null;
  note: string;
}

export interface DocumentMetadataInput {
  id: string;
  title: string;
  type: string;
  countries: string[];
  organisations: { id: string; role: string }[];
  themes: string[];
  language: string;
  year: number | null;
  summary: string;
}

export interface AddFilesRequest {
  paths: string[];
}

export interface ChooseFilesRequest {
  /** A folder (whose documents are all added) rather than one or more files. */
  folder: boolean;
}

export interface Taxonomy {
  countries: Country[];
  organisations: Organisation[];
  themes: Theme[];
  documentTypes: { type: string; name: string; names: Record<string, string | undefined> }[];
}

/** Every method the interface may call: name -> [argument, result]. */
export interface PortalApi {
  search(request: SearchRequest): Promise<Result<SearchResponse>>;
  stats(): Promise<Result<LibraryStats>>;
  taxonomy(): Promise<Result<Taxonomy>>;
  listDocuments(request: DocumentListRequest): Promise<Result<DocumentSummary[]>>;
  getDocument(id: string): Promise<Result<DocumentDetail>>;
  getPages(id: string): Promise<Result<PageText[]>>;
  listBookmarks(documentId: string | null): Promise<Result<Bookmark[]>>;
  saveBookmark(input: BookmarkInput): Promise<Result<Bookmark>>;
  deleteBookmark(id: number): Promise<Result<true>>;
  updateMetadata(input: DocumentMetadataInput): Promise<Result<DocumentDetail>>;
  /**
   * Asks the user to pick files or a folder with the system's own dialog, and gives their paths
   * for addFiles: an empty list when the dialog is cancelled. Only the desktop app has it.
   */
  chooseFiles(request: ChooseFilesRequest): Promise<Result<string[]>>;
  addFiles(request: AddFilesRequest): Promise<Result<IngestReport>>;
  /** The indexing run under way, or null when none is. */
  ingestProgress(): Promise<Result<IngestProgress | null>>;
  /** Stops the indexing run under way; what was indexed before stays indexed. */
  cancelIngest(): Promise<Result<true>>;
}

export type PortalMethod = keyof PortalApi;
