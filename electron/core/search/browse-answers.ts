// Answers to searches without a query (the home page's facets, a list narrowed by filters alone),
// kept until the library changes. Such a search reads every document's attributes to count the
// facets and order the results, and every visitor's home page asks the same one; a search with a
// query is never kept.
import type { SearchRequest, SearchResponse } from '#shared/types.ts';

/** Enough for the home page and the filters people browse by, small beside the attribute index. */
const KEPT = 32;

export interface BrowseAnswers {
  /** The kept answer to `request` when it has no query, else `compute`'s (kept for next time). */
  answer(request: SearchRequest, compute: () => SearchResponse): SearchResponse;
}

/** A store of answers for one state of the library: make a new one when the library changes. */
export function browseAnswers(): BrowseAnswers {
  const kept = new Map<string, SearchResponse>();
  return {
    answer(request, compute) {
      if (request.query !== '') return compute();
      const started = performance.now();
      const key = JSON.stringify([
        request.filters ?? {},
        request.sort ?? null,
        request.limit ?? null,
        request.offset ?? null,
      ]);
      const found = kept.get(key);
      if (found) return { ...found, tookMs: Math.round((performance.now() - started) * 10) / 10 };
      const computed = compute();
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      kept.set(key, computed);
      return computed;
    },
  };
}
