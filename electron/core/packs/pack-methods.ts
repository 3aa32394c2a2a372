// The API's methods for packs, trusted keys and the "do not share" mark, and the Portal's own
// pack operations (which take progress callbacks and signing keys the API cannot carry).
import type { PortalApi, Result } from '#shared/api.ts';
import type { PackImportReport } from '#shared/pack-types.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { UserStore } from '../store/user-store.ts';
import type { CreatePackReport, CreatePackRequest } from './create-pack.ts';
import { createPack } from './create-pack.ts';
import { importPack } from './import-pack.ts';
import type { PackLimits } from './pack-limits.ts';
import { verifyPack } from './verify-pack.ts';

type PackApiMethod =
  | 'listTrustedKeys'
  | 'addTrustedKey'
  | 'removeTrustedKey'
  | 'verifyPack'
  | 'importPack'
  | 'setDoNotShare';

export type PackImportRequest = Parameters<PortalApi['importPack']>[0];

export interface PackImportOptions {
  onProgress?: (progress: IngestProgress) => void;
  limits?: Partial<PackLimits>;
}

export interface PackMethodsContext {
  library: LibraryStore;
  user: UserStore;
  libraryFolder: string | null;
  index(
    folder: string,
    options: { onProgress?: (progress: IngestProgress) => void },
  ): Promise<IngestReport>;
  /** Runs work as an API call: its value, or its error as a value. */
  result<T>(work: () => T | Promise<T>): Promise<Result<T>>;
  /** A document's rowid, or a not-found error. */
  rowidOf(id: string): number;
  /** Tells the portal the library changed, so what it derived from it is built again. */
  changed(): void;
}

export class NoLibraryFolderError extends Error {
  override name = 'NoLibraryFolderError';
}

export function packMethods(context: PackMethodsContext) {
  const { library, user, result } = context;
  const folder = () => {
    if (!context.libraryFolder)
      throw new NoLibraryFolderError('This library has no folder; index a folder into it first.');
    return context.libraryFolder;
  };
  const trustedLabel = (extra: readonly string[]) => (fingerprint: string) =>
    extra.includes(fingerprint)
      ? 'trusted for this import'
      : (user.listTrustedKeys().find((k) => k.fingerprint === fingerprint)?.label ?? null);

  const importWithProgress = (
    request: PackImportRequest,
    options: PackImportOptions = {},
  ): Promise<Result<PackImportReport>> =>
    result(() =>
      importPack(request.file, {
        libraryFolder: folder(),
        requireSignature: request.requireSignature ?? false,
        trustedLabel: trustedLabel(request.trust ?? []),
        limits: options.limits,
        onProgress: options.onProgress,
        index: (libraryFolder, onProgress) => context.index(libraryFolder, { onProgress }),
        carryDoNotShare: (fromId, toId) => library.carryDoNotShare(fromId, toId),
        isIndexed: (id) => library.findDocumentRowid(id) !== null,
        addOcrReadings: (id, readings) => library.addOcrReadings(id, readings),
      }),
    );

  const api: Pick<PortalApi, PackApiMethod> = {
    listTrustedKeys: () => result(() => user.listTrustedKeys()),
    addTrustedKey: (key) => result(() => user.addTrustedKey(key)),
    // Whether or not the key was trusted, it is not now.
    removeTrustedKey: (fingerprint) =>
      result(() => {
        user.removeTrustedKey(fingerprint);
        return true as const;
      }),
    verifyPack: (request) =>
      result(() => verifyPack(request.file, { trustedLabel: trustedLabel([]) })),
    importPack: (request) => importWithProgress(request),
    setDoNotShare: (input) =>
      result(() => {
        context.rowidOf(input.id);
        library.setDoNotShare(input.id, input.doNotShare);
        context.changed();
        return true as const;
      }),
  };

  return {
    api,
    importPack: importWithProgress,
    createPack: (request: CreatePackRequest): Promise<Result<CreatePackReport>> =>
      result(() => createPack(library, folder(), request)),
    /** createPack's work itself, which throws what goes wrong. */
    writePack: (request: CreatePackRequest): Promise<CreatePackReport> =>
      createPack(library, folder(), request),
    isShareable: (id: string) => library.isShareable(id),
  };
}
