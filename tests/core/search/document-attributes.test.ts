import { describe, expect, it } from 'vitest';
import { buildAttributeIndex } from '#core/search/document-attributes.ts';
import type { AttributeIndex } from '#core/search/document-attributes.ts';
import { applyFilters, computeFacets } from '#core/search/facets.ts';
import type { AttributeRows } from '#core/store/library/attribute-rows.ts';

const rows: AttributeRows = {
  documents: {
    rowids: [7, 3, 12],
    titles: ['Zebra crossings', 'apple orchards', 'Mango farms'],
    types: ['handbook', 'guideline', 'handbook'],
    languages: ['en', 'th', 'en'],
    years: [2020, null, 2018],
  },
  // Rowid 99 is outside the view (a document hidden from visitors): its values are left out.
  countries: { d: [12, 7, 12, 99], v: ['VN', 'TH', 'LA', 'KH'] },
  organisations: { d: [], v: [] },
  themes: { d: [3, 12, 12], v: ['fishing', 'fishing', 'forced-labour'] },
  labels: {
    countries: new Map([
      ['VN', 'Viet Nam'],
      ['TH', 'Thailand'],
      ['LA', 'Lao PDR'],
    ]),
    organisations: new Map(),
    themes: new Map([
      ['fishing', { name: 'Fishing', facet: 'sector' }],
      ['forced-labour', { name: 'Forced labour', facet: 'exploitation' }],
    ]),
    types: new Map([
      ['handbook', 'Handbook'],
      ['guideline', 'Guideline'],
    ]),
    languages: new Map([
      ['en', 'English'],
      ['th', 'Thai'],
    ]),
  },
};

const valuesAt = (
  index: AttributeIndex,
  attribute: keyof AttributeIndex['columns'],
  rowid: number,
) => {
  const slot = index.slotOf(rowid);
  const { starts, codes, values } = index.columns[attribute];
  return [...codes.subarray(starts[slot]!, starts[slot + 1]!)].map((code) => values[code]);
};

describe('the attribute index', () => {
  const index = buildAttributeIndex(rows);

  it("holds each document's values in columns, in the view's documents alone", () => {
    expect(index.count).toBe(3);
    expect(index.slotOf(99)).toBe(-1);
    expect(index.slotOf(-1)).toBe(-1);
    expect([...index.rowids]).toEqual([7, 3, 12]);
    expect(valuesAt(index, 'countries', 12)).toEqual(['VN', 'LA']);
    expect(valuesAt(index, 'countries', 3)).toEqual([]);
    expect(index.columns.countries.values).not.toContain('KH');
    expect(valuesAt(index, 'years', 3)).toEqual(['undated']);
    expect(valuesAt(index, 'years', 7)).toEqual([2020]);
  });

  it('finds the slots of rowids far beyond the documents’ count too', () => {
    const far = buildAttributeIndex({
      ...rows,
      documents: { ...rows.documents, rowids: [7, 2 ** 40, 12] },
      countries: { d: [2 ** 40], v: ['VN'] },
    });
    expect([far.slotOf(7), far.slotOf(2 ** 40), far.slotOf(12), far.slotOf(3)]).toEqual([
      0, 1, 2, -1,
    ]);
    expect(applyFilters([12, 2 ** 40], far, { countries: ['VN'] })).toEqual([2 ** 40]);
  });

  it('ranks titles alphabetically, whatever their case, and puts undated documents last', () => {
    const rank = (rowid: number) => index.titleRanks[index.slotOf(rowid)];
    expect([rank(3), rank(12), rank(7)]).toEqual([0, 1, 2]);
    expect(index.years[index.slotOf(3)]).toBe(-Infinity);
  });

  it('filters and counts facets from the columns', () => {
    expect(applyFilters([7, 3, 12, 99], index, { countries: ['LA', 'TH'] })).toEqual([7, 12]);
    expect(applyFilters([7, 3, 12], index, { themes: ['fishing', 'forced-labour'] })).toEqual([12]);
    expect(applyFilters([7, 3, 12], index, { years: ['undated'] })).toEqual([3]);
    const facets = computeFacets([7, 3, 12], index, { types: ['handbook'] });
    // A chosen type still shows the other types; the other facets count the handbooks alone.
    expect(facets.types).toEqual([
      { value: 'handbook', label: 'Handbook', count: 2 },
      { value: 'guideline', label: 'Guideline', count: 1 },
    ]);
    expect(facets.sectors).toEqual([{ value: 'fishing', label: 'Fishing', count: 1 }]);
    expect(facets.exploitation).toEqual([
      { value: 'forced-labour', label: 'Forced labour', count: 1 },
    ]);
    expect(facets.years.map((f) => f.value)).toEqual(['2020', '2018']);
  });
});
