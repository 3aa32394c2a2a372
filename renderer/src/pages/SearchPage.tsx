// Search: results update while the user types; facets narrow them; sort and pages; and when
// nothing matches, the filters that could be removed. In the desktop app, what the search finds
// goes out as a pack or a static copy.
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { typedAsPrefix } from '#shared/search/query-parser.ts';
import { SORT_ORDERS } from '#shared/types.ts';
import type { SortOrder } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { MakeCopies } from '../outgoing/MakeCopies.tsx';
import { navigate } from '../router/navigation.ts';
import { routeHref } from '../router/routes.ts';
import type { SearchParams } from '../router/routes.ts';
import {
  ActiveFilters,
  ClearFiltersButton,
  RemoveFilterList,
  useNamedFilters,
} from '../search/ActiveFilters.tsx';
import type { FilterRemovalProps } from '../search/ActiveFilters.tsx';
import { FacetPanel } from '../search/FacetPanel.tsx';
import { Pager } from '../search/Pager.tsx';
import { ResultList } from '../search/ResultList.tsx';
import {
  clearFilters,
  pageCount,
  RESULTS_PER_PAGE,
  toggleFilter,
  toSearchRequest,
} from '../search/search-params.ts';
import type { FilterField } from '../search/search-params.ts';
import { useSearch } from '../search/use-search.ts';
import { useTyping } from '../search/typing-query.ts';
import { SORT_LABEL } from '../i18n/keys.ts';

/** The same search may answer later: the server was unreachable, busy, or asked for a pause. */
const retriable = (error: ApiError) =>
  error.unreachable === true ||
  error.code === 'search-too-slow' ||
  error.code === 'too-many-searches';

function NoResults({ params, facets, onRemove, onClear }: FilterRemovalProps) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const filters = useNamedFilters(params, facets);
  // How much the filters hide: the same query without any of them.
  const { result: unfiltered } = useApiResult(
    `unfiltered:${params.query}:${filters.length > 0}`,
    () =>
      filters.length > 0
        ? api.search({ query: params.query, limit: 1 })
        : Promise.resolve({ ok: true as const, value: null }),
  );
  const withoutFilters = unfiltered?.ok && unfiltered.value ? unfiltered.value.total : null;
  return (
    <div className="no-results" data-testid="no-results">
      <h2>
        {params.query ? t('search.noMatchFor', { query: params.query }) : t('search.noMatch')}
      </h2>
      {filters.length > 0 ? (
        <>
          {withoutFilters !== null && (
            <p data-testid="without-filters">
              {withoutFilters > 0
                ? t('search.withoutFilters', { count: withoutFilters })
                : t('search.noMatchEvenWithout')}
            </p>
          )}
          <p>{t('search.noMatchFilters', { count: filters.length })}</p>
          <RemoveFilterList
            filters={filters}
            className="no-results__filters"
            buttonClassName="button button--secondary"
            onRemove={onRemove}
          />
          <ClearFiltersButton count={filters.length} className="button" onClear={onClear} />
        </>
      ) : (
        <p>{t('search.noMatchHelp')}</p>
      )}
    </div>
  );
}

export function SearchPage({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  const request = toSearchRequest(params, RESULTS_PER_PAGE, useTyping(params.query));
  const { response, answeredQuery, answeredTyping, error, pending, retry } = useSearch(request);
  // A hit found by a word still being typed opens with that word highlighted as the prefix it was.
  const answered = answeredQuery ?? params.query;
  const linkQuery = answeredTyping ? typedAsPrefix(answered) : answered;

  const go = (next: SearchParams) => navigate({ name: 'search', params: next });
  const onToggle = (field: FilterField, value: string) => go(toggleFilter(params, field, value));
  const onClear = () => go(clearFilters(params));
  const hrefFor = (page: number) => routeHref({ name: 'search', params: { ...params, page } });

  const title = params.query ? t('search.titleFor', { query: params.query }) : t('search.titleAll');
  const facets = response?.facets ?? null;
  const offset = request.offset ?? 0;

  return (
    <div className="search-page">
      <PageTitle title={title} className="search-page__title" />
      {error && <ErrorNotice error={error} onRetry={retriable(error) ? retry : undefined} />}
      {response === null && !error && <Loading />}
      {response !== null && (
        <div className="search-layout">
          <FacetPanel facets={response.facets} params={params} onToggle={onToggle} />
          <section
            className={pending ? 'search-results search-results--pending' : 'search-results'}
            aria-labelledby="results-heading"
            aria-busy={pending}
            data-testid="search-results"
            data-query={answeredQuery ?? ''}
            data-typing={answeredTyping}
            data-pending={pending}
          >
            <div className="search-results__bar">
              <h2
                id="results-heading"
                className="search-results__count"
                aria-live="polite"
                aria-atomic="true"
                data-testid="result-count"
              >
                {t('search.count', { count: response.total })}
              </h2>
              <label className="sort-control">
                <span>{t('search.sortBy')}</span>
                <select
                  value={params.sort}
                  onChange={(event) =>
                    go({ ...params, sort: event.target.value as SortOrder, page: 1 })
                  }
                  data-testid="sort-select"
                >
                  {SORT_ORDERS.map((order) => (
                    <option key={order} value={order}>
                      {t(SORT_LABEL[order])}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <ActiveFilters params={params} facets={facets} onRemove={onToggle} onClear={onClear} />
            {response.total === 0 ? (
              <NoResults params={params} facets={facets} onRemove={onToggle} onClear={onClear} />
            ) : (
              <>
                <ResultList hits={response.hits} query={linkQuery} offset={offset} />
                <Pager
                  page={params.page}
                  pages={pageCount(response.total, RESULTS_PER_PAGE)}
                  hrefFor={hrefFor}
                />
                <MakeCopies
                  source={{ query: request.query, filters: request.filters }}
                  name={params.query || title}
                />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
