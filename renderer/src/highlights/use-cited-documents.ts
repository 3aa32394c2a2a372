// The library's documents by id, with what a citation needs, for lists of notes and highlights
// that refer to documents by id only.
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import type { CitedDocument } from './export-markdown.ts';

const ALL = 5000;

/** Null while loading, so that no document is called gone before the library has answered. */
export function useCitedDocuments(): Map<string, CitedDocument> | null {
  const { api } = usePortal();
  const { result } = useApiResult('bookmarks:titles', () => api.listDocuments({ limit: ALL }));
  if (result === null) return null;
  return new Map(result.ok ? result.value.map((d) => [d.id, d]) : []);
}
