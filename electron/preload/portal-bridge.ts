// window.portal: exactly the API contract, each method one ipcRenderer.invoke. The renderer never
// sees ipcRenderer itself, so it cannot reach any other channel.
import type { PortalApi, PortalMethod } from '../shared/api.ts';
import { ipcChannel } from '../main/ipc-channel.ts';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export function createPortalBridge(invoke: Invoke): PortalApi {
  const call = <M extends PortalMethod>(method: M, ...args: Parameters<PortalApi[M]>) =>
    invoke(ipcChannel(method), ...args) as ReturnType<PortalApi[M]>;
  return {
    search: (request) => call('search', request),
    stats: () => call('stats'),
    taxonomy: () => call('taxonomy'),
    listDocuments: (request) => call('listDocuments', request),
    getDocument: (id) => call('getDocument', id),
    getPages: (id) => call('getPages', id),
    listBookmarks: (documentId) => call('listBookmarks', documentId),
    saveBookmark: (input) => call('saveBookmark', input),
    deleteBookmark: (id) => call('deleteBookmark', id),
    updateMetadata: (input) => call('updateMetadata', input),
    chooseFiles: (request) => call('chooseFiles', request),
    addFiles: (request) => call('addFiles', request),
    ingestProgress: () => call('ingestProgress'),
    cancelIngest: () => call('cancelIngest'),
  } satisfies PortalApi;
}
