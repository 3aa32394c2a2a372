// Picks the implementation of the API contract at start-up: the desktop app's preload bridge
// (window.portal) when present, otherwise HTTP to the server that sent this page.
import type { PortalApi } from '#shared/api.ts';
import { createHttpClient } from './http-client.ts';

export type PortalMode = 'desktop' | 'browser';

export interface PortalConnection {
  api: PortalApi;
  mode: PortalMode;
  /** Address of a document's original bytes; the same relative URL in both modes. */
  documentUrl(documentId: string): string;
  /** Address of a reading list's documents and handout as one zip. */
  listDownloadUrl(listId: number): string;
}

export function connectPortal(page: Window = window): PortalConnection {
  const bridge = (page as Window & { portal?: PortalApi }).portal;
  const baseUrl = page.document.baseURI;
  return {
    api: bridge ?? createHttpClient({ baseUrl }),
    mode: bridge ? 'desktop' : 'browser',
    documentUrl: (documentId) => new URL(`files/${documentId}`, baseUrl).href,
    listDownloadUrl: (listId) => new URL(`lists/${listId}/download`, baseUrl).href,
  };
}
