// The engine's text of a document's pages, fetched the first time the reader needs it (to count
// query or find matches per page, or to show the text) and kept for as long as the document is
// open. A long document comes in windows of pages, the one around the page in view first, then
// the others nearest to it, so each answer stays small and the page being read never waits for
// the whole document's text.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_PAGE_WINDOW } from '#shared/page-window.ts';
import type { ApiError } from '#shared/api.ts';
import type { PageText } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';

export interface PageTexts {
  /** The pages fetched so far, in page order. */
  pages: PageText[];
  /** Whether every page has come (or a window failed, after which no more are asked for). */
  complete: boolean;
  /** Why a window could not be fetched, if one could not. */
  error: ApiError | null;
  /** Asks again for the windows not yet fetched. */
  retry(): void;
}

/** The windows a document of `pageCount` pages comes in, nearest to `page` first. */
export function windowOrder(pageCount: number, page: number): number[] {
  const windows = Math.max(1, Math.ceil(pageCount / MAX_PAGE_WINDOW));
  const focus = Math.min(windows - 1, Math.max(0, Math.floor((page - 1) / MAX_PAGE_WINDOW)));
  return Array.from({ length: windows }, (_, w) => w).sort(
    (a, b) => Math.abs(a - focus) - Math.abs(b - focus) || a - b,
  );
}

/** Adds a window's pages to those already fetched, keeping page order. */
function merged(pages: PageText[], window: PageText[]): PageText[] {
  const byPage = new Map(pages.map((p) => [p.page, p]));
  for (const p of window) byPage.set(p.page, p);
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

export function usePageTexts(
  documentId: string,
  needed: boolean,
  pageCount: number,
  page: number,
): PageTexts | null {
  const { api } = usePortal();
  const [texts, setTexts] = useState<(Omit<PageTexts, 'retry'> & { id: string }) | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The page in view when the next window is chosen, without starting the fetching again.
  const focus = useRef(page);
  useEffect(() => {
    focus.current = page;
  }, [page]);
  // What has been fetched for the open document, kept while fetching pauses (not needed).
  const fetching = useRef<{ id: string; fetched: Set<number>; pages: PageText[] } | null>(null);
  useEffect(() => {
    if (!needed) return;
    if (fetching.current?.id !== documentId)
      fetching.current = { id: documentId, fetched: new Set(), pages: [] };
    const own = fetching.current;
    const windows = Math.max(1, Math.ceil(pageCount / MAX_PAGE_WINDOW));
    let live = true;
    const next = async (): Promise<void> => {
      const window = windowOrder(pageCount, focus.current).find((w) => !own.fetched.has(w));
      if (window === undefined || !live) return;
      own.fetched.add(window);
      const result = await settle(() =>
        api.getPages({
          id: documentId,
          from: window * MAX_PAGE_WINDOW + 1,
          count: MAX_PAGE_WINDOW,
        }),
      );
      if (fetching.current !== own) return;
      if (!result.ok) {
        own.fetched.delete(window);
        setTexts({ id: documentId, pages: own.pages, complete: true, error: result.error });
        return;
      }
      own.pages = merged(own.pages, result.value);
      const complete = own.fetched.size >= windows;
      setTexts({ id: documentId, pages: own.pages, complete, error: null });
      if (!complete) return next();
    };
    void next();
    return () => {
      live = false;
    };
  }, [api, documentId, needed, pageCount, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return useMemo(
    () => (texts?.id === documentId ? { ...texts, retry } : null),
    [texts, documentId, retry],
  );
}
