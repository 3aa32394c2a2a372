// The interface's addresses: every screen is a hash route (#/search?q=...), so the page itself
// never reloads and the same URLs work from the desktop app, `portal serve` and a bookmark.
import { isDocumentId } from '#shared/document-id.ts';
import { DOCUMENT_TYPES, SORT_ORDERS, UNDATED } from '#shared/types.ts';
import type { DocumentType, SortOrder, YearFilter } from '#shared/types.ts';

export interface SearchParams {
  query: string;
  countries: string[];
  organisations: string[];
  themes: string[];
  types: DocumentType[];
  languages: string[];
  /** Years, and UNDATED for documents without one. */
  years: YearFilter[];
  sort: SortOrder;
  /** 1-based page of results. */
  page: number;
}

export type Route =
  | { name: 'home' }
  | { name: 'search'; params: SearchParams }
  | { name: 'country'; code: string }
  | { name: 'organisation'; id: string }
  | { name: 'theme'; id: string }
  | { name: 'document'; id: string; page: number | null; query: string; edit: boolean }
  | { name: 'bookmarks' }
  | { name: 'highlights-handout' }
  | { name: 'news'; country: string | null }
  | { name: 'directory'; country: string | null }
  | { name: 'add' }
  | { name: 'reading-lists' }
  | { name: 'reading-list'; id: number }
  | { name: 'handout'; id: number }
  | { name: 'settings' }
  | { name: 'share' }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

export const EMPTY_SEARCH: SearchParams = {
  query: '',
  countries: [],
  organisations: [],
  themes: [],
  types: [],
  languages: [],
  years: [],
  sort: 'relevance',
  page: 1,
};

/** Short URL keys for the search filters, repeated for several values (?country=LA&country=KH). */
const FILTER_KEYS = {
  countries: 'country',
  organisations: 'org',
  themes: 'theme',
  types: 'type',
  languages: 'lang',
  years: 'year',
} as const;

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function parseSearchParams(query: URLSearchParams): SearchParams {
  const sort = query.get('sort');
  const types = query
    .getAll(FILTER_KEYS.types)
    .filter((t): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t));
  return {
    query: query.get('q') ?? '',
    countries: unique(query.getAll(FILTER_KEYS.countries).filter((c) => /^[A-Z]{2}$/.test(c))),
    organisations: unique(query.getAll(FILTER_KEYS.organisations).filter((o) => o.length > 0)),
    themes: unique(query.getAll(FILTER_KEYS.themes).filter((t) => t.length > 0)),
    types: unique(types),
    languages: unique(
      query.getAll(FILTER_KEYS.languages).filter((l) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l)),
    ),
    years: unique(
      query
        .getAll(FILTER_KEYS.years)
        .map((y) => (y === UNDATED ? UNDATED : positiveInt(y)))
        .filter((y): y is YearFilter => y === UNDATED || (y !== null && y >= 1000 && y <= 9999)),
    ),
    sort: (SORT_ORDERS as readonly string[]).includes(sort ?? '')
      ? (sort as SortOrder)
      : 'relevance',
    page: positiveInt(query.get('page')) ?? 1,
  };
}

function searchQueryString(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.query) query.set('q', params.query);
  for (const [field, key] of Object.entries(FILTER_KEYS) as [keyof typeof FILTER_KEYS, string][]) {
    for (const value of params[field]) query.append(key, String(value));
  }
  if (params.sort !== 'relevance') query.set('sort', params.sort);
  if (params.page > 1) query.set('page', String(params.page));
  return query.toString();
}

function withQuery(path: string, query: URLSearchParams | string): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function decodeSegment(segment: string | undefined): string | null {
  if (segment === undefined || segment === '') return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a location hash ("#/doc/abc?page=4") into a route; anything unknown is not-found. */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [pathPart = '', queryPart = ''] = raw.split(/\?(.*)/s, 2);
  const path = pathPart.replace(/^\/+/, '').replace(/\/+$/, '');
  const query = new URLSearchParams(queryPart);
  const [head = '', second, ...rest] = path.split('/');
  const id = rest.length === 0 ? decodeSegment(second) : null;

  switch (head) {
    case '':
      return { name: 'home' };
    case 'search':
      if (second === undefined) return { name: 'search', params: parseSearchParams(query) };
      break;
    case 'country':
      if (id !== null && /^[A-Za-z]{2}$/.test(id))
        return { name: 'country', code: id.toUpperCase() };
      break;
    case 'organisation':
      if (id !== null) return { name: 'organisation', id };
      break;
    case 'theme':
      if (id !== null) return { name: 'theme', id };
      break;
    case 'doc':
      if (id !== null && isDocumentId(id)) {
        return {
          name: 'document',
          id,
          page: positiveInt(query.get('page')),
          query: query.get('q') ?? '',
          edit: query.get('edit') === '1',
        };
      }
      break;
    case 'bookmarks':
      if (second === 'highlights' && rest.length === 0) return { name: 'highlights-handout' };
      if (second === undefined) return { name: head };
      break;
    case 'add':
    case 'settings':
    case 'share':
      if (second === undefined) return { name: head };
      break;
    case 'lists': {
      if (second === undefined) return { name: 'reading-lists' };
      const listId = positiveInt(second);
      if (listId === null) break;
      if (rest.length === 0) return { name: 'reading-list', id: listId };
      if (rest.length === 1 && rest[0] === 'handout') return { name: 'handout', id: listId };
      break;
    }
    case 'news':
    case 'directory':
      if (second === undefined) {
        const country = query.get('country');
        return {
          name: head,
          country: country !== null && /^[A-Z]{2}$|^regional$/.test(country) ? country : null,
        };
      }
      break;
  }
  return { name: 'not-found', path: `/${path}` };
}

/** The hash (with its leading #) that leads to a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'search':
      return withQuery('#/search', searchQueryString(route.params));
    case 'country':
      return `#/country/${route.code}`;
    case 'organisation':
      return `#/organisation/${encodeURIComponent(route.id)}`;
    case 'theme':
      return `#/theme/${encodeURIComponent(route.id)}`;
    case 'document': {
      const query = new URLSearchParams();
      if (route.page !== null) query.set('page', String(route.page));
      if (route.query) query.set('q', route.query);
      if (route.edit) query.set('edit', '1');
      return withQuery(`#/doc/${route.id}`, query);
    }
    case 'bookmarks':
    case 'add':
    case 'settings':
    case 'share':
      return `#/${route.name}`;
    case 'highlights-handout':
      return '#/bookmarks/highlights';
    case 'reading-lists':
      return '#/lists';
    case 'reading-list':
      return `#/lists/${route.id}`;
    case 'handout':
      return `#/lists/${route.id}/handout`;
    case 'news':
    case 'directory':
      return withQuery(
        `#/${route.name}`,
        route.country ? new URLSearchParams({ country: route.country }) : '',
      );
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Shorthands for the links the interface makes most. */
export const href = {
  home: () => routeHref({ name: 'home' }),
  search: (params: Partial<SearchParams>) =>
    routeHref({ name: 'search', params: { ...EMPTY_SEARCH, ...params } }),
  country: (code: string) => routeHref({ name: 'country', code }),
  organisation: (id: string) => routeHref({ name: 'organisation', id }),
  theme: (id: string) => routeHref({ name: 'theme', id }),
  document: (id: string, page: number | null = null, query = '') =>
    routeHref({ name: 'document', id, page, query, edit: false }),
  readingList: (id: number) => routeHref({ name: 'reading-list', id }),
  handout: (id: number) => routeHref({ name: 'handout', id }),
  bookmarks: () => routeHref({ name: 'bookmarks' }),
  highlightsHandout: () => routeHref({ name: 'highlights-handout' }),
};
