// The library's documents by id, with what a citation needs, for lists of notes and highlights
// that refer to documents by id only.
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import type { CitedDocument } from './export-markdown.ts';

const ALL = 5000;

export function useCitedDocuments(): Map<string, CitedDocument> {
  const { api } = usePortal();
  const { result } = useApiResult('bookmarks:titles', () => api.listDocuments({ limit: ALL }));
  return new Map(result?.ok ? result.value.map((d) => [d.id, d]) : []);
}
