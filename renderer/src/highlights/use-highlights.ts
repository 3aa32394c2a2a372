// A document's passage highlights (or everyone's, for null) with save, change and delete that
// refresh the list.
import { useCallback } from 'react';
import type { ApiError, HighlightChange, HighlightInput, Result } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';

export interface HighlightList {
  result: Result<Highlight[]> | null;
  save(input: HighlightInput): Promise<ApiError | null>;
  update(change: HighlightChange): Promise<ApiError | null>;
  remove(id: number): Promise<ApiError | null>;
  /** Asks for the list again (after it could not be loaded). */
  reload(): void;
}

export function useHighlights(documentId: string | null): HighlightList {
  const { highlights } = usePortal();
  const { result, reload } = useApiResult(`highlights:${documentId ?? '*'}`, () =>
    highlights.list(documentId),
  );
  // Loaded again after a failed change too, so the list shows what is stored.
  const change = useCallback(
    async (work: () => Promise<Result<unknown>>) => {
      const done = await settle(work);
      reload();
      return done.ok ? null : done.error;
    },
    [reload],
  );
  const save = useCallback(
    (input: HighlightInput) => change(() => highlights.save(input)),
    [highlights, change],
  );
  const update = useCallback(
    (next: HighlightChange) => change(() => highlights.update(next)),
    [highlights, change],
  );
  const remove = useCallback(
    (id: number) => change(() => highlights.delete(id)),
    [highlights, change],
  );
  return { result, save, update, remove, reload };
}
