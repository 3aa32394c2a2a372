import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, href, parseHash, routeHref } from '#renderer/router/routes.ts';
import type { Route } from '#renderer/router/routes.ts';

const DOC = 'a'.repeat(64);

describe('parseHash', () => {
  it('reads the home page from an empty or bare hash', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
  });

  it('reads a document opened at a page with the query to highlight', () => {
    expect(parseHash(`#/doc/${DOC}?page=4&q=digital%20evidence`)).toEqual({
      name: 'document',
      id: DOC,
      page: 4,
      query: 'digital evidence',
      edit: false,
    });
  });

  it('reads search filters, repeated keys and sort, and drops values that cannot be filters', () => {
    const route = parseHash(
      '#/search?q=courts&country=LA&country=KH&country=lao&type=guideline&type=poem&year=2022&year=22&sort=year&page=2',
    );
    expect(route).toEqual({
      name: 'search',
      params: {
        ...EMPTY_SEARCH,
        query: 'courts',
        countries: ['LA', 'KH'],
        types: ['guideline'],
        years: [2022],
        sort: 'year',
        page: 2,
      },
    });
  });

  it('falls back to relevance and the first page for unknown sort orders and pages', () => {
    const route = parseHash('#/search?sort=random&page=0');
    expect(route).toEqual({ name: 'search', params: EMPTY_SEARCH });
  });

  it('reports unknown paths and malformed ids as not found', () => {
    expect(parseHash('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseHash('#/doc/123')).toEqual({ name: 'not-found', path: '/doc/123' });
    expect(parseHash('#/country/%E0%A4')).toEqual({ name: 'not-found', path: '/country/%E0%A4' });
    expect(parseHash('#/lists/0')).toEqual({ name: 'not-found', path: '/lists/0' });
    expect(parseHash('#/lists/3/print')).toEqual({ name: 'not-found', path: '/lists/3/print' });
    expect(parseHash('#/settings/keys')).toEqual({ name: 'not-found', path: '/settings/keys' });
  });

  it('accepts a country filter on news and the directory, including regional bodies', () => {
    expect(parseHash('#/news?country=VN')).toEqual({ name: 'news', country: 'VN' });
    expect(parseHash('#/directory?country=regional')).toEqual({
      name: 'directory',
      country: 'regional',
    });
    expect(parseHash('#/directory?country=<b>')).toEqual({ name: 'directory', country: null });
  });
});

describe('routeHref', () => {
  const routes: Route[] = [
    { name: 'home' },
    {
      name: 'search',
      params: {
        ...EMPTY_SEARCH,
        query: 'digital "evidence" & more',
        countries: ['LA'],
        themes: ['victim-sensitive courts'],
        page: 3,
      },
    },
    { name: 'country', code: 'LA' },
    { name: 'organisation', id: 'la-psc' },
    { name: 'theme', id: 'digital evidence/ict' },
    { name: 'document', id: DOC, page: 7, query: 'a&b', edit: true },
    { name: 'bookmarks' },
    { name: 'highlights-handout' },
    { name: 'news', country: 'KH' },
    { name: 'directory', country: null },
    { name: 'add' },
    { name: 'reading-lists' },
    { name: 'reading-list', id: 12 },
    { name: 'handout', id: 12 },
    { name: 'settings' },
    { name: 'share' },
  ];

  it.each(routes)('round-trips $name through the hash', (route) => {
    expect(parseHash(routeHref(route))).toEqual(route);
  });

  it('writes short links', () => {
    expect(href.document(DOC, 4, 'digital evidence')).toBe(
      `#/doc/${DOC}?page=4&q=digital+evidence`,
    );
    expect(href.search({ types: ['news'] })).toBe('#/search?type=news');
    expect(href.home()).toBe('#/');
    expect(href.readingList(5)).toBe('#/lists/5');
    expect(href.handout(5)).toBe('#/lists/5/handout');
    expect(href.highlightsHandout()).toBe('#/bookmarks/highlights');
  });
});
