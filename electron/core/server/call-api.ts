// One way into the engine for every front door (IPC and HTTP): arguments validated against the
// contract's schemas, the call made through a handler table the compiler holds to the contract,
// and every failure returned as a value.
import type { ApiError, PortalApi, PortalMethod, Result } from '../../shared/api.ts';
import { parseApiArguments } from '../../shared/api-schemas.ts';

type HandlerTable = {
  [M in PortalMethod]: (api: PortalApi, args: Parameters<PortalApi[M]>) => ReturnType<PortalApi[M]>;
};

const handlers: HandlerTable = {
  search: (api, [request]) => api.search(request),
  stats: (api) => api.stats(),
  taxonomy: (api) => api.taxonomy(),
  listDocuments: (api, [request]) => api.listDocuments(request),
  getDocument: (api, [id]) => api.getDocument(id),
  getPages: (api, [id]) => api.getPages(id),
  listBookmarks: (api, [documentId]) => api.listBookmarks(documentId),
  saveBookmark: (api, [input]) => api.saveBookmark(input),
  deleteBookmark: (api, [id]) => api.deleteBookmark(id),
  updateMetadata: (api, [input]) => api.updateMetadata(input),
  chooseFiles: (api, [request]) => api.chooseFiles(request),
  addFiles: (api, [request]) => api.addFiles(request),
  ingestProgress: (api) => api.ingestProgress(),
  cancelIngest: (api) => api.cancelIngest(),
};

export type ApiResult<M extends PortalMethod> = Awaited<ReturnType<PortalApi[M]>>;

export function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export async function callApiMethod<M extends PortalMethod>(
  api: PortalApi,
  method: M,
  args: unknown,
): Promise<ApiResult<M> | Result<never>> {
  const parsed = parseApiArguments(method, args);
  if (!parsed.ok) return failure('invalid-argument', parsed.message);
  const handler: HandlerTable[M] = handlers[method];
  try {
    return await handler(api, parsed.args);
  } catch (error) {
    return failure(
      'failed',
      `${method} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
