// The library's documents by id, with what a citation needs, for lists of notes and highlights
// that refer to documents by id only.
import { useMemo } from 'react';
import type { Result } from '#shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import type { Loaded } from '../api/use-api-result.ts';
import type { CitedDocument } from './export-markdown.ts';

const ALL = 5000;

/**
 * Null while loading, so that no document is called gone before the library has answered; a
 * failure to answer is a failure, not a library without documents.
 */
export function useCitedDocuments(): Loaded<Map<string, CitedDocument>> {
  const { api } = usePortal();
  const { result, reload } = useApiResult('bookmarks:titles', () =>
    api.listDocuments({ limit: ALL }),
  );
  const byId = useMemo<Result<Map<string, CitedDocument>> | null>(
    () =>
      result === null || !result.ok
        ? result
        : { ok: true, value: new Map(result.value.map((d) => [d.id, d])) },
    [result],
  );
  return { result: byId, reload };
}
