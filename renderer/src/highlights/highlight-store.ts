// Where passage highlights go: the user database through the API contract, or, for a classroom
// visitor (or when the server refuses), this browser's own storage from then on, as bookmarks do.
import type { HighlightChange, HighlightInput, PortalApi, Result } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import { browserFallback } from '../api/browser-fallback.ts';
import type { KeptIn } from '../api/browser-fallback.ts';
import type { KeyValueStorage } from '../bookmarks/local-bookmarks.ts';
import { LocalHighlights } from './local-highlights.ts';

export interface HighlightStore {
  list(documentId: string | null): Promise<Result<Highlight[]>>;
  save(input: HighlightInput): Promise<Result<Highlight>>;
  update(change: HighlightChange): Promise<Result<Highlight>>;
  delete(id: number): Promise<Result<true>>;
}

export function createHighlightStore(
  api: PortalApi,
  storage: KeyValueStorage,
  startIn: KeptIn = 'library',
): HighlightStore {
  const local = new LocalHighlights(storage);
  const withFallback = browserFallback(startIn).run;

  return {
    list: (documentId) =>
      withFallback(
        () => api.listHighlights(documentId),
        () => local.list(documentId),
      ),
    save: (input) =>
      withFallback(
        () => api.saveHighlight(input),
        () => local.save(input),
      ),
    update: (change) =>
      withFallback(
        () => api.updateHighlight(change),
        () => local.update(change),
      ),
    delete: (id) =>
      withFallback(
        () => api.deleteHighlight(id),
        () => local.delete(id),
      ),
  };
}
