// Runs a search for the request in view: at once when filters, sort or page change, after a
// short pause while the query is being typed. An answer that arrives after a newer request was
// made is dropped, so results never jump back to an older query.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/shared/api.ts';
import type { SearchRequest, SearchResponse } from '../../../electron/shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/use-api-result.ts';

export const TYPING_DEBOUNCE_MS = 150;

export interface SearchState {
  /** The latest answer, kept on screen while a newer one is on its way. */
  response: SearchResponse | null;
  /** The query the response answers. */
  answeredQuery: string | null;
  error: ApiError | null;
  /** A request is on its way that differs from the one answered. */
  pending: boolean;
}

export function useSearch(request: SearchRequest): SearchState {
  const { api } = usePortal();
  const key = JSON.stringify(request);
  const lastQuery = useRef<string | null>(null);
  const [answer, setAnswer] = useState<{
    key: string;
    query: string;
    response: SearchResponse | null;
    error: ApiError | null;
  } | null>(null);

  useEffect(() => {
    const current = JSON.parse(key) as SearchRequest;
    const typing = lastQuery.current !== null && lastQuery.current !== current.query;
    lastQuery.current = current.query;
    let live = true;
    const timer = setTimeout(
      () => {
        void settle(() => api.search(current)).then((result) => {
          if (!live) return;
          setAnswer((previous) =>
            result.ok
              ? { key, query: current.query, response: result.value, error: null }
              : {
                  key,
                  query: current.query,
                  response: previous?.response ?? null,
                  error: result.error,
                },
          );
        });
      },
      typing ? TYPING_DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, api]);

  return {
    response: answer?.response ?? null,
    answeredQuery: answer?.query ?? null,
    error: answer?.key === key ? answer.error : null,
    pending: answer?.key !== key,
  };
}
