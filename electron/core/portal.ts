// The engine behind every front door (IPC, HTTP, CLI): one library database, one user database,
// and the library folder the documents live in. Implements the API contract, once, over a view of
// the library: the whole of it for this computer, the shareable documents for classroom visitors.
import { join, resolve } from 'node:path';
import { OWN_COMPUTER_SESSION } from '#shared/session-info.ts';
import type {
  AddFilesRequest,
  ApiError,
  PortalApi,
  Result,
  StaticCopyRequest,
} from '#shared/api.ts';
import type { PackImportReport } from '#shared/pack-types.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import {
  InvalidArgumentError,
  MakingError,
  NotFoundError,
  QueryTooBroadError,
} from './api-errors.ts';
import { openLibraryDb } from './db/open-database.ts';
import { indexFolder } from './ingest/index-folder.ts';
import type { IndexFolderOptions } from './ingest/index-folder.ts';
import {
  ADDED_FOLDER,
  copyAddedFiles,
  planAddedFiles,
  UnusablePathError,
} from './library/add-files.ts';
import { readingListApi } from './reading-lists/reading-list-api.ts';
import { highlightApi } from './highlights/highlight-api.ts';
import { ocrApi } from './ocr-run/ocr-api.ts';
import { readingLists } from './reading-lists/reading-lists.ts';
import type { ReadingLists } from './reading-lists/reading-lists.ts';
import type { CreatePackReport, CreatePackRequest } from './packs/create-pack.ts';
import type { CopyPageAssets, StaticCopyOptions } from './outgoing/outgoing-methods.ts';
import { exportCopyInWorker } from './outgoing/copy-in-worker.ts';
import { outgoingMethods } from './outgoing/outgoing-methods.ts';
import type { PackImportOptions, PackImportRequest } from './packs/pack-methods.ts';
import { packMethods } from './packs/pack-methods.ts';
import { failure } from './serving/call-api.ts';
import { SHARING_FROM_THE_DESKTOP_ONLY } from './classroom/sharing-elsewhere.ts';
import type { AttributeIndex } from './search/document-attributes.ts';
import type { ExportSiteReport } from './static-copy/export-site.ts';
import { buildAttributeIndex } from './search/document-attributes.ts';
import { browseAnswers } from './search/browse-answers.ts';
import type { BrowseAnswers } from './search/browse-answers.ts';
import type { QueryBounds } from './search/query-bounds.ts';
import { search } from './search/search.ts';
import { libraryStore } from './store/library-store.ts';
import type { LibraryStore } from './store/library-store.ts';
import type { LibraryView } from './store/library/do-not-share.ts';
import type { IdAndName, NamedList } from './store/library/taxonomy.ts';
import type { UserBackup } from '#shared/user-data.ts';
import { openUserDatabase } from './user-data/user-database.ts';
import type { UserDatabase } from './user-data/user-database.ts';
import { userDataApi } from './user-data/user-data-api.ts';
import { ocrLanguageApi } from './ocr/ocr-language-api.ts';
import { OcrDataError } from './ocr/ocr-languages.ts';

export interface PortalOptions {
  libraryDbPath: string;
  userDbPath: string;
  /**
   * The folder documents are read from; added files are copied into its "added" subfolder. Left
   * out, it is the folder the library was last indexed from, which the library database records.
   */
  libraryFolder?: string;
  /** The built page script a static copy carries; without it static copies are refused. */
  copyPageAssets?: CopyPageAssets;
  /** Write static copies in this thread: the opener is the worker thread that writes them. */
  copyInThisThread?: boolean;
  /** What a search may cost before it is refused as too broad; by default the engine's bounds. */
  queryBounds?: QueryBounds;
  /** The per-user data folder, whose ocr-data/ holds the recognition data the user adds. */
  dataFolder?: string;
}

/** The API and documents' files over one view of the library. */
export interface PortalView {
  api: PortalApi;
  /** The file on disk for a document id, or null (catalog-only entries, unknown ids). */
  resolveDocumentFile(id: string): string | null;
}

/** This computer's view (the whole library) and the one classroom visitors are served. */
export interface ServedPortal extends PortalView {
  /** The library without the documents marked "do not share", which visitors never learn of. */
  sharedView: PortalView;
  /** False for a document marked "do not share", which packs and copies leave out. */
  isShareable(id: string): boolean;
}

export interface Portal extends ServedPortal {
  /** The library database file, which threads of their own (searches) open read-only. */
  libraryDbPath: string;
  libraryFolder: string | null;
  /** Indexes a folder, which the library database then records as the library's folder. */
  index(folder: string, options?: IndexFolderOptions): Promise<IngestReport>;
  /** Copies files into the library folder and indexes it, with the progress and cancel of index. */
  addFiles(
    request: AddFilesRequest,
    options?: Pick<IndexFolderOptions, 'onProgress' | 'signal'>,
  ): Promise<Result<IngestReport>>;
  /** Whether some document was read by an older engine: indexing the folder again reads it anew. */
  hasOutdatedText(): boolean;
  /** Organisation or theme ids with their names, in the order the taxonomy gave them. */
  names(list: NamedList): IdAndName[];
  /** The reading lists, for what is made from them (packs, static copies). */
  readingLists: ReadingLists;
  /** Writes a pack of documents, leaving out those marked "do not share". */
  createPack(request: CreatePackRequest): Promise<Result<CreatePackReport>>;
  /** The API's exportStaticCopy with every figure of the exporter's report. */
  exportStaticCopy(
    request: StaticCopyRequest,
    options?: StaticCopyOptions,
  ): Promise<Result<ExportSiteReport>>;
  /** Imports a pack, with the progress of the indexing run that follows. */
  importPack(
    request: PackImportRequest,
    options?: PackImportOptions,
  ): Promise<Result<PackImportReport>>;
  /** False for a document marked "do not share", which packs and copies leave out. */
  isShareable(id: string): boolean;
  /**
   * Copies the user database into the backups folder beside it, as the app and `portal serve`
   * do at start: nothing when it holds nothing yet or the newest copy holds the same.
   */
  backUpUserData(): Promise<UserBackup | null>;
  close(): void;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof QueryTooBroadError)
    return { code: 'query-too-broad', message: error.message };
  if (error instanceof MakingError && error.refusal)
    return { code: 'failed', message: error.message, refusal: error.refusal };
  // A recognition data file or language code that cannot be used is an argument at fault.
  if (
    error instanceof InvalidArgumentError ||
    error instanceof UnusablePathError ||
    error instanceof OcrDataError
  )
    return { code: 'invalid-argument', message: error.message };
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}

async function result<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

/**
 * The indexing run as a view tells it: the file being read can be a marked document whose name
 * names the victims, so the shareable view says only how far the run is.
 */
function progressIn(view: LibraryView, progress: IngestProgress | null): IngestProgress | null {
  return progress && view === 'shareable' ? { ...progress, current: '' } : progress;
}

export function openPortal(opening: PortalOptions): Portal {
  const libraryDb = openLibraryDb(opening.libraryDbPath);
  let userData: UserDatabase;
  try {
    userData = openUserDatabase(opening.userDbPath);
  } catch (error) {
    libraryDb.close();
    throw error;
  }
  const library = libraryStore(libraryDb);
  const shareable = libraryStore(libraryDb, 'shareable');
  const user = userData.store;
  const lists = readingLists(library, user);
  // The folder the opener names, else the one the library was last indexed from.
  const options = {
    ...opening,
    libraryFolder: opening.libraryFolder ?? library.libraryFolder(),
  };
  // One attribute index per view, built when first searched and again after the library changes,
  // here or in another process (a classroom served while the desktop app adds files).
  // Answers to searches without a query are kept with the index they were computed from.
  const attributeIndexes = new Map<
    LibraryStore,
    { index: AttributeIndex; answers: BrowseAnswers; version: number }
  >();
  const attributeIndex = (store: LibraryStore) => {
    const version = store.dataVersion();
    let built = attributeIndexes.get(store);
    if (built?.version !== version) {
      built = {
        index: buildAttributeIndex(store.attributeRows()),
        answers: browseAnswers(),
        version,
      };
      attributeIndexes.set(store, built);
    }
    return built;
  };
  const changed = () => attributeIndexes.clear();

  const rowidIn = (store: LibraryStore, id: string) => {
    const rowid = store.findDocumentRowid(id);
    if (rowid === null) throw new NotFoundError(`No document with id ${id} in the library.`);
    return rowid;
  };

  /** The document's rowid, once its page is known to exist. */
  const pageOf = (store: LibraryStore, rowid: number, page: number) => {
    const pages = store.readDetail(rowid)?.pageCount ?? 0;
    if (page > pages)
      throw new NotFoundError(
        `The document has ${pages} page${pages === 1 ? '' : 's'}; there is no page ${page}.`,
      );
    return rowid;
  };

  let running: { progress: IngestProgress | null; controller: AbortController } | null = null;
  const index = async (folder: string, indexOptions: IndexFolderOptions = {}) => {
    if (running)
      throw new InvalidArgumentError(
        'The library is being indexed; wait for it to finish or cancel it.',
      );
    const run = { progress: null as IngestProgress | null, controller: new AbortController() };
    running = run;
    const signal = indexOptions.signal
      ? AbortSignal.any([indexOptions.signal, run.controller.signal])
      : run.controller.signal;
    try {
      const report = await indexFolder(libraryDb, folder, {
        ...indexOptions,
        signal,
        onProgress: (p) => {
          run.progress = p;
          indexOptions.onProgress?.(p);
        },
      });
      library.recordLibraryFolder(resolve(folder));
      return report;
    } finally {
      running = null;
      changed();
    }
  };

  const addFiles: Portal['addFiles'] = (request, addOptions = {}) =>
    result(async () => {
      if (!options.libraryFolder)
        throw new InvalidArgumentError('This library has no folder to add files to.');
      const plan = planAddedFiles(request.paths, options.libraryFolder);
      copyAddedFiles(plan, join(options.libraryFolder, ADDED_FOLDER));
      return index(options.libraryFolder, addOptions);
    });

  const packs = packMethods({
    library,
    user,
    libraryFolder: options.libraryFolder,
    index,
    result,
    rowidOf: (id) => rowidIn(library, id),
    changed,
  });

  /** The whole contract over one view of the library: what a view leaves out, no method sees. */
  const viewOf = (store: LibraryStore) => {
    const rowidOf = (id: string) => rowidIn(store, id);
    const resolveDocumentFile = (id: string) => {
      if (!options.libraryFolder) return null;
      const path = store.documentPath(id);
      return path ? join(options.libraryFolder, ...path.split('/')) : null;
    };
    const outgoing = outgoingMethods({
      api: () => api,
      lists: readingLists(store, user),
      isShareable: (id) => store.isShareable(id),
      documentFile: resolveDocumentFile,
      storedPageImage: (id, page) => store.storedPageImage(id, page),
      writePack: packs.writePack,
      copyPageAssets: opening.copyPageAssets ?? null,
      copyElsewhere: opening.copyInThisThread
        ? null
        : (request, copyOptions) =>
            exportCopyInWorker({
              libraryDbPath: opening.libraryDbPath,
              userDbPath: opening.userDbPath,
              libraryFolder: options.libraryFolder ?? undefined,
              copyPageAssets: opening.copyPageAssets,
              request,
              options: copyOptions,
            }),
      result,
    });
    const api: PortalApi = {
      search: (request) =>
        result(() => {
          const { index, answers } = attributeIndex(store);
          return answers.answer(request, () => search(store, index, request, opening.queryBounds));
        }),
      stats: () => result(() => store.stats()),
      taxonomy: () => result(() => store.taxonomy()),
      listDocuments: (request) => result(() => store.listDocuments(request)),
      getDocument: (id) => result(() => store.readDetail(rowidOf(id))!),
      getPages: (request) =>
        result(() => {
          if (typeof request === 'string') return store.readPages(rowidOf(request));
          const rowid = rowidOf(request.id);
          const pageCount = store.readSummaries([rowid])[0]?.pageCount ?? 0;
          if (request.from > Math.max(1, pageCount))
            throw new InvalidArgumentError(
              `getPages: page ${request.from} is past the end of this document, which has ${pageCount} page${pageCount === 1 ? '' : 's'}.`,
            );
          return store.readPages(rowid, { from: request.from, count: request.count });
        }),
      getPageWords: ({ id, page }) =>
        result(() => store.readPageWords(pageOf(store, rowidOf(id), page), page)),
      getPageImage: ({ id, page }) =>
        result(() => {
          const image = store.readPageImage(pageOf(store, rowidOf(id), page), page);
          if (image === null)
            throw new NotFoundError(
              `Page ${page} of document ${id} has no stored image: its file is the page's image.`,
            );
          return image;
        }),
      listBookmarks: (documentId) => result(() => user.listBookmarks(documentId)),
      saveBookmark: (input) =>
        result(() => {
          rowidOf(input.documentId);
          return user.saveBookmark(input);
        }),
      deleteBookmark: (id) =>
        result(() => {
          if (!user.deleteBookmark(id)) throw new NotFoundError(`No bookmark with id ${id}.`);
          return true as const;
        }),
      updateMetadata: (input) =>
        result(() => {
          const rowid = rowidOf(input.id);
          const { title, type, language, year, summary, countries, organisations, themes } = input;
          store.applyMetadataEdit(rowid, {
            title,
            type,
            language,
            year,
            summary,
            countries,
            organisations,
            themes,
          });
          changed();
          return store.readDetail(rowid)!;
        }),
      addFiles: (request) => addFiles(request),
      chooseFiles: async () =>
        failure(
          'forbidden',
          'Files are chosen in the desktop app; here, give their paths to addFiles.',
        ),
      setMenuLanguage: async () =>
        failure('forbidden', 'Only the desktop app has a menu whose language can be set.'),
      ingestProgress: () => result(() => progressIn(store.view, running?.progress ?? null)),
      cancelIngest: () =>
        result(() => {
          running?.controller.abort();
          return true as const;
        }),
      ...readingListApi(readingLists(store, user), result),
      sessionInfo: () => result(() => OWN_COMPUTER_SESSION),
      ...SHARING_FROM_THE_DESKTOP_ONLY,
      ...packs.api,
      ...outgoing.api,
      ...highlightApi(user, rowidOf, result),
      ...ocrApi(libraryDb, rowidOf, result, store.view),
      ...userDataApi(userData, result),
      ...ocrLanguageApi(options.dataFolder ?? null, result),
    };
    return { api, resolveDocumentFile, exportCopy: outgoing.exportCopy };
  };
  const thisComputer = viewOf(library);
  const shared = viewOf(shareable);

  return {
    api: thisComputer.api,
    resolveDocumentFile: thisComputer.resolveDocumentFile,
    sharedView: { api: shared.api, resolveDocumentFile: shared.resolveDocumentFile },
    libraryDbPath: opening.libraryDbPath,
    libraryFolder: options.libraryFolder,
    index,
    addFiles,
    hasOutdatedText: () => library.hasOutdatedText(),
    names: (list) => library.names(list),
    readingLists: lists,
    createPack: packs.createPack,
    exportStaticCopy: thisComputer.exportCopy,
    importPack: packs.importPack,
    isShareable: packs.isShareable,
    backUpUserData: () => userData.backUp({ skipEmpty: true }),
    close() {
      libraryDb.close();
      userData.close();
    },
  };
}
