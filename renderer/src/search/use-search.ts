// Runs a search for the request in view as the user types. At most one search is on its way at a
// time: a keystroke made meanwhile waits for that answer and then searches for the newest text,
// so fast typing never queues stale searches, and a single keystroke is answered at once. An
// answer to a request that is no longer the newest is dropped, so results never jump back.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '#shared/api.ts';
import type { SearchRequest, SearchResponse } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';

export interface SearchState {
  /** The latest answer, kept on screen while a newer one is on its way. */
  response: SearchResponse | null;
  /** The query the response answers. */
  answeredQuery: string | null;
  /** The response answers the query as typed so far, its last word a prefix. */
  answeredTyping: boolean;
  error: ApiError | null;
  /** A request is on its way that differs from the one answered. */
  pending: boolean;
  /** Searches again for the same request (after the server could not be reached). */
  retry(): void;
}

interface Answer {
  key: string;
  query: string;
  typing: boolean;
  response: SearchResponse | null;
  error: ApiError | null;
}

export function useSearch(request: SearchRequest): SearchState {
  const { api } = usePortal();
  const key = JSON.stringify(request);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const current = JSON.parse(key) as SearchRequest;
    const asked = { key, query: current.query, typing: current.typing === true };
    let live = true;
    const start = () => {
      if (!live) return;
      const searching = settle(() => api.search(current)).then((result) => {
        if (inFlight.current === searching) inFlight.current = null;
        if (!live) return;
        setAnswer((previous) =>
          result.ok
            ? { ...asked, response: result.value, error: null }
            : {
                ...asked,
                response: previous?.response ?? null,
                error: result.error,
              },
        );
      });
      inFlight.current = searching;
    };
    if (inFlight.current) void inFlight.current.then(start);
    else start();
    return () => {
      live = false;
    };
  }, [key, api, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    response: answer?.response ?? null,
    answeredQuery: answer?.query ?? null,
    answeredTyping: answer?.typing ?? false,
    error: answer?.key === key ? answer.error : null,
    pending: answer?.key !== key,
    retry,
  };
}
