import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH } from '#renderer/router/routes.ts';
import {
  activeFilters,
  clearFilters,
  isFilterActive,
  pageCount,
  toggleFilter,
  toSearchRequest,
} from '#renderer/search/search-params.ts';

describe('toSearchRequest', () => {
  it('asks for the page of results in view with only the filters in use', () => {
    const request = toSearchRequest(
      { ...EMPTY_SEARCH, query: '  digital evidence ', countries: ['LA'], years: [2022], page: 3 },
      20,
    );
    expect(request).toEqual({
      query: 'digital evidence',
      filters: { countries: ['LA'], years: [2022] },
      sort: 'relevance',
      offset: 40,
      limit: 20,
    });
  });

  it('says when the query is still being typed, so its last word is read as a prefix', () => {
    const params = { ...EMPTY_SEARCH, query: 'digi' };
    expect(toSearchRequest(params, 20, true)).toMatchObject({ query: 'digi', typing: true });
    expect(toSearchRequest(params, 20)).not.toHaveProperty('typing');
  });
});

describe('filters', () => {
  it('toggles a value on and off and returns to the first page', () => {
    const on = toggleFilter({ ...EMPTY_SEARCH, page: 4 }, 'countries', 'LA');
    expect(on.countries).toEqual(['LA']);
    expect(on.page).toBe(1);
    expect(isFilterActive(on, 'countries', 'LA')).toBe(true);
    expect(toggleFilter(on, 'countries', 'LA').countries).toEqual([]);
  });

  it('keeps years as numbers while facets speak strings', () => {
    const on = toggleFilter(EMPTY_SEARCH, 'years', '2021');
    expect(on.years).toEqual([2021]);
    expect(isFilterActive(on, 'years', '2021')).toBe(true);
  });

  it('lists and clears the active filters', () => {
    const params = {
      ...EMPTY_SEARCH,
      query: 'x',
      countries: ['LA'],
      types: ['guideline' as const],
      page: 2,
    };
    expect(activeFilters(params)).toEqual([
      { field: 'countries', value: 'LA' },
      { field: 'types', value: 'guideline' },
    ]);
    expect(clearFilters(params)).toEqual({ ...EMPTY_SEARCH, query: 'x' });
  });

  it('counts pages of results, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
