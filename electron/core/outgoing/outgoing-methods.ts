// The API's createPack and exportStaticCopy, which the desktop app calls and the command line's
// `portal pack create` and `portal export-site` go through too: the documents of a reading list
// or a search, written to this computer's disk, without those marked "do not share".
import type { PortalApi, Result, StaticCopyRequest } from '#shared/api.ts';
import { DEFAULT_COPY_LANGUAGE } from '#shared/static-copy/copy-strings.ts';
import type { CreatePackReport, StaticCopyReport } from '#shared/pack-types.ts';
import { MakingError } from '../api-errors.ts';
import type { CreatePackRequest } from '../packs/create-pack.ts';
import { readSigningKeyFile } from '../packs/publisher-keys.ts';
import type { ReadingLists } from '../reading-lists/reading-lists.ts';
import { exportSite } from '../static-copy/export-site.ts';
import type { ExportSiteReport } from '../static-copy/export-site.ts';
import { copySelectionOf, packDocumentIds } from './outgoing-source.ts';

/** The built page script and stylesheet a static copy carries (dist/static-copy). */
export interface CopyPageAssets {
  script: string;
  style: string;
}

export interface OutgoingContext {
  /** The API of the same view of the library, for its search, documents and pages. */
  api(): PortalApi;
  lists: ReadingLists;
  isShareable(id: string): boolean;
  documentFile(id: string): string | null;
  /** A page image stored for a file a browser cannot show (a TIFF frame as PNG), or null. */
  storedPageImage(id: string, page: number): { png: Uint8Array } | null;
  writePack(request: CreatePackRequest): Promise<CreatePackReport>;
  /** Null when the opener has no built page script to give (the copy is then refused). */
  copyPageAssets: CopyPageAssets | null;
  /** Writes the copy elsewhere (a worker thread) with this same code; null: in this thread. */
  copyElsewhere:
    | ((
        request: StaticCopyRequest,
        options: StaticCopyOptions,
      ) => Promise<Result<ExportSiteReport>>)
    | null;
  result<T>(work: () => T | Promise<T>): Promise<Result<T>>;
}

export interface StaticCopyOptions {
  /** Replace a static copy already in the folder (the command line's --replace). */
  replace?: boolean;
  madeAt?: Date;
}

export function outgoingMethods(context: OutgoingContext) {
  const { result } = context;

  /** The copy with every figure the exporter reports, for the command line. */
  const exportCopy = (
    request: StaticCopyRequest,
    options: StaticCopyOptions = {},
  ): Promise<Result<ExportSiteReport>> =>
    context.copyElsewhere?.(request, options) ??
    result(async () => {
      const pageAssets = context.copyPageAssets;
      if (!pageAssets)
        throw new MakingError(
          "This app was started without the static copy's page script.",
          'page-script-missing',
        );
      return exportSite(context.api(), {
        folder: request.folder,
        selection: copySelectionOf(context.lists, request.source),
        madeBy: request.madeBy,
        language: request.language ?? DEFAULT_COPY_LANGUAGE,
        madeAt: options.madeAt ?? new Date(),
        pageAssets,
        replace: options.replace,
        documentFile: context.documentFile,
        storedPageImage: context.storedPageImage,
        isShareable: context.isShareable,
      });
    });

  const api: Pick<PortalApi, 'createPack' | 'exportStaticCopy'> = {
    createPack: (request) =>
      result(async () => {
        // The key first: a wrong key file is refused before any work is done.
        const signingKey =
          request.signingKeyFile === null ? null : readSigningKeyFile(request.signingKeyFile);
        const documentIds = await packDocumentIds(context.api(), context.lists, request.source);
        return context.writePack({
          out: request.file,
          documentIds,
          publisher: request.publisher,
          signingKey,
          replace: request.replace,
        });
      }),
    exportStaticCopy: async (request): Promise<Result<StaticCopyReport>> => {
      const made = await exportCopy(request);
      if (!made.ok) return made;
      const { folder, documents, totalBytes, leftOut } = made.value;
      return {
        ok: true,
        value: {
          folder,
          documents,
          totalBytes,
          leftOut: leftOut.map(({ id, title, kind }) => ({ id, title, reason: kind })),
        },
      };
    },
  };

  return { api, exportCopy };
}
