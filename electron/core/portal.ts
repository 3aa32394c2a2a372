// The engine behind every front door (IPC, HTTP, CLI): one library database, one user database,
// and the library folder the documents live in. Implements the API contract.
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiError, DocumentMetadataInput, PortalApi, Result } from '../shared/api.ts';
import type { AddFilesRequest } from '../shared/api.ts';
import { DOCUMENT_TYPES, ORGANISATION_ROLES } from '../shared/types.ts';
import type {
  DocumentType,
  IngestProgress,
  IngestReport,
  OrganisationRole,
} from '../shared/types.ts';
import { openLibraryDb, openUserDb } from './db/open-database.ts';
import { indexFolder } from './ingest/index-folder.ts';
import type { IndexFolderOptions } from './ingest/index-folder.ts';
import {
  findDocumentRowid,
  readDetail,
  readMetadata,
  readPages,
} from './library/document-reader.ts';
import {
  ADDED_FOLDER,
  copyAddedFiles,
  planAddedFiles,
  UnusablePathError,
} from './library/add-files.ts';
import { updateDocumentMetadata } from './library/document-writer.ts';
import { libraryStats } from './library/library-stats.ts';
import { hasOutdatedText } from './library/outdated-text.ts';
import { listDocuments } from './library/list-documents.ts';
import { readTaxonomy } from './library/taxonomy-store.ts';
import type { AttributeIndex } from './search/document-attributes.ts';
import { loadAttributeIndex } from './search/document-attributes.ts';
import { search } from './search/search.ts';
import { deleteBookmark, listBookmarks, saveBookmark } from './user/bookmarks.ts';

export interface PortalOptions {
  libraryDbPath: string;
  userDbPath: string;
  /** The folder documents are read from; added files are copied into its "added" subfolder. */
  libraryFolder: string | null;
}

export interface Portal {
  api: PortalApi;
  libraryDb: Database.Database;
  userDb: Database.Database;
  libraryFolder: string | null;
  /** The file on disk for a document id, or null (catalog-only entries, unknown ids). */
  resolveDocumentFile(id: string): string | null;
  index(folder: string, options?: IndexFolderOptions): Promise<IngestReport>;
  /** Copies files into the library folder and indexes it, with the progress and cancel of index. */
  addFiles(
    request: AddFilesRequest,
    options?: Pick<IndexFolderOptions, 'onProgress' | 'signal'>,
  ): Promise<Result<IngestReport>>;
  /** Whether some document was read by an older engine: indexing the folder again reads it anew. */
  hasOutdatedText(): boolean;
  close(): void;
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}

function toApiError(error: unknown): ApiError {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidArgumentError || error instanceof UnusablePathError)
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

function checkedMetadata(input: DocumentMetadataInput) {
  if (!input.title.trim()) throw new InvalidArgumentError('The title cannot be empty.');
  if (!(DOCUMENT_TYPES as readonly string[]).includes(input.type)) {
    throw new InvalidArgumentError(
      `"${input.type}" is not a document type (${DOCUMENT_TYPES.join(', ')}).`,
    );
  }
  for (const o of input.organisations) {
    if (!(ORGANISATION_ROLES as readonly string[]).includes(o.role)) {
      throw new InvalidArgumentError(
        `"${o.role}" is not an organisation role (${ORGANISATION_ROLES.join(', ')}).`,
      );
    }
  }
  return {
    title: input.title.trim(),
    type: input.type as DocumentType,
    language: input.language,
    year: input.year,
    summary: input.summary,
    countries: input.countries,
    organisations: input.organisations.map((o) => ({ id: o.id, role: o.role as OrganisationRole })),
    themes: input.themes,
  };
}

export function openPortal(options: PortalOptions): Portal {
  const libraryDb = openLibraryDb(options.libraryDbPath);
  let userDb: Database.Database;
  try {
    userDb = openUserDb(options.userDbPath);
  } catch (error) {
    libraryDb.close();
    throw error;
  }
  let attributes: AttributeIndex | null = null;
  const attributeIndex = () => (attributes ??= loadAttributeIndex(libraryDb));
  const changed = () => {
    attributes = null;
  };

  const rowidOf = (id: string) => {
    const rowid = findDocumentRowid(libraryDb, id);
    if (rowid === null) throw new NotFoundError(`No document with id ${id} in the library.`);
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
      return await indexFolder(libraryDb, folder, {
        ...indexOptions,
        signal,
        onProgress: (p) => {
          run.progress = p;
          indexOptions.onProgress?.(p);
        },
      });
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

  const api: PortalApi = {
    search: (request) => result(() => search(libraryDb, attributeIndex(), request)),
    stats: () => result(() => libraryStats(libraryDb)),
    taxonomy: () => result(() => readTaxonomy(libraryDb)),
    listDocuments: (request) => result(() => listDocuments(libraryDb, request)),
    getDocument: (id) => result(() => readDetail(libraryDb, rowidOf(id))!),
    getPages: (id) => result(() => readPages(libraryDb, rowidOf(id))),
    listBookmarks: (documentId) => result(() => listBookmarks(userDb, documentId)),
    saveBookmark: (input) =>
      result(() => {
        rowidOf(input.documentId);
        return saveBookmark(userDb, input);
      }),
    deleteBookmark: (id) =>
      result(() => {
        if (!deleteBookmark(userDb, id)) throw new NotFoundError(`No bookmark with id ${id}.`);
        return true as const;
      }),
    updateMetadata: (input) =>
      result(() => {
        const rowid = rowidOf(input.id);
        const edit = checkedMetadata(input);
        const current = readMetadata(libraryDb, rowid);
        const hash =
          libraryDb
            .prepare<[number], string>('SELECT metadata_hash FROM documents WHERE rowid = ?')
            .pluck()
            .get(rowid) ?? '';
        libraryDb.transaction(() =>
          updateDocumentMetadata(
            libraryDb,
            rowid,
            { ...current, ...edit },
            { metadataSource: 'user', metadataHash: hash, uncatalogued: false },
          ),
        )();
        changed();
        return readDetail(libraryDb, rowid)!;
      }),
    addFiles: (request) => addFiles(request),
    chooseFiles: async () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Files are chosen in the desktop app; here, give their paths to addFiles.',
      },
    }),
    ingestProgress: () => result(() => running?.progress ?? null),
    cancelIngest: () =>
      result(() => {
        running?.controller.abort();
        return true as const;
      }),
  };

  return {
    api,
    libraryDb,
    userDb,
    libraryFolder: options.libraryFolder,
    resolveDocumentFile(id) {
      if (!options.libraryFolder) return null;
      const path = libraryDb
        .prepare<[string], string | null>('SELECT path FROM documents WHERE id = ?')
        .pluck()
        .get(id);
      return path ? join(options.libraryFolder, ...path.split('/')) : null;
    },
    index,
    addFiles,
    hasOutdatedText: () => hasOutdatedText(libraryDb),
    close() {
      libraryDb.close();
      userDb.close();
    },
  };
}
