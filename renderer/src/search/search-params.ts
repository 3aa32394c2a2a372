// What the search screen asks the engine for, derived from its URL, and the filter edits a user
// makes there (each resets to the first page of results).
import { UNDATED } from '#shared/types.ts';
import type { DocumentType, Facets, SearchRequest } from '#shared/types.ts';
import { EMPTY_SEARCH } from '../router/routes.ts';
import type { SearchParams } from '../router/routes.ts';

export const RESULTS_PER_PAGE = 20;

/** The filter lists of SearchParams, which facet groups toggle. */
export type FilterField =
  'countries' | 'organisations' | 'themes' | 'types' | 'languages' | 'years';

/** Facet groups as the engine returns them, and the filter each one narrows. */
export const FACET_GROUPS: readonly { facet: keyof Facets; field: FilterField }[] = [
  { facet: 'countries', field: 'countries' },
  { facet: 'types', field: 'types' },
  { facet: 'themes', field: 'themes' },
  { facet: 'exploitation', field: 'themes' },
  { facet: 'sectors', field: 'themes' },
  { facet: 'organisations', field: 'organisations' },
  { facet: 'languages', field: 'languages' },
  { facet: 'years', field: 'years' },
];

/** `typing`: the query is being typed, so its last word is unfinished (see useTyping). */
export function toSearchRequest(
  params: SearchParams,
  pageSize = RESULTS_PER_PAGE,
  typing = false,
): SearchRequest {
  const filters: NonNullable<SearchRequest['filters']> = {};
  if (params.countries.length) filters.countries = params.countries;
  if (params.organisations.length) filters.organisations = params.organisations;
  if (params.themes.length) filters.themes = params.themes;
  if (params.types.length) filters.types = params.types;
  if (params.languages.length) filters.languages = params.languages;
  if (params.years.length) filters.years = params.years;
  return {
    query: params.query.trim(),
    ...(typing ? { typing: true } : {}),
    filters,
    sort: params.sort,
    offset: (params.page - 1) * pageSize,
    limit: pageSize,
  };
}

/** Facet values are strings; the years filter holds numbers (and UNDATED). */
export function filterValues(params: SearchParams, field: FilterField): string[] {
  return params[field].map(String);
}

export function isFilterActive(params: SearchParams, field: FilterField, value: string): boolean {
  return filterValues(params, field).includes(value);
}

export function toggleFilter(
  params: SearchParams,
  field: FilterField,
  value: string,
): SearchParams {
  const active = isFilterActive(params, field, value);
  const next = { ...params, page: 1 };
  switch (field) {
    case 'years': {
      const year = value === UNDATED ? UNDATED : Number(value);
      next.years = active ? params.years.filter((y) => y !== year) : [...params.years, year];
      break;
    }
    case 'types': {
      const type = value as DocumentType;
      next.types = active ? params.types.filter((t) => t !== type) : [...params.types, type];
      break;
    }
    default:
      next[field] = active ? params[field].filter((v) => v !== value) : [...params[field], value];
  }
  return next;
}

export interface ActiveFilter {
  field: FilterField;
  value: string;
}

export function activeFilters(params: SearchParams): ActiveFilter[] {
  const fields: FilterField[] = [
    'countries',
    'types',
    'themes',
    'organisations',
    'languages',
    'years',
  ];
  return fields.flatMap((field) => filterValues(params, field).map((value) => ({ field, value })));
}

export function clearFilters(params: SearchParams): SearchParams {
  return { ...EMPTY_SEARCH, query: params.query, sort: params.sort };
}

export function pageCount(total: number, pageSize = RESULTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
