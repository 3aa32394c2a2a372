// Filters and facet counts. Values within one facet combine with OR, facets with AND; each
// facet's counts ignore that facet's own filter, so choosing one country still shows the others.
import { UNDATED } from '#shared/types.ts';
import type { FacetValue, Facets, SearchFilters } from '#shared/types.ts';
import type { AttributeIndex, DocumentAttributes } from './document-attributes.ts';

type FacetKey = keyof Facets;

interface FacetDefinition {
  key: FacetKey;
  filter: keyof SearchFilters;
  values(doc: DocumentAttributes, index: AttributeIndex): string[];
  label(value: string, index: AttributeIndex): string;
}

const themesOf = (facet: string) => (doc: DocumentAttributes, index: AttributeIndex) =>
  doc.themes.filter((t) => (index.labels.themes.get(t)?.facet ?? 'theme') === facet);

const FACETS: FacetDefinition[] = [
  {
    key: 'countries',
    filter: 'countries',
    values: (d) => d.countries,
    label: (v, i) => i.labels.countries.get(v) ?? v,
  },
  {
    key: 'organisations',
    filter: 'organisations',
    values: (d) => d.organisations,
    label: (v, i) => i.labels.organisations.get(v) ?? v,
  },
  {
    key: 'themes',
    filter: 'themes',
    values: themesOf('theme'),
    label: (v, i) => i.labels.themes.get(v)?.name ?? v,
  },
  {
    key: 'exploitation',
    filter: 'themes',
    values: themesOf('exploitation'),
    label: (v, i) => i.labels.themes.get(v)?.name ?? v,
  },
  {
    key: 'sectors',
    filter: 'themes',
    values: themesOf('sector'),
    label: (v, i) => i.labels.themes.get(v)?.name ?? v,
  },
  {
    key: 'types',
    filter: 'types',
    values: (d) => [d.type],
    label: (v, i) => i.labels.types.get(v) ?? v,
  },
  {
    key: 'languages',
    filter: 'languages',
    values: (d) => [d.language],
    label: (v, i) => i.labels.languages.get(v) ?? v,
  },
  {
    key: 'years',
    filter: 'years',
    values: (d) => [d.year === null ? UNDATED : String(d.year)],
    label: (v) => (v === UNDATED ? 'n.d.' : v),
  },
];

type Predicate = (doc: DocumentAttributes) => boolean;

/** Newest first, and the documents without a year after every dated one. */
const yearOrder = (value: string) => (value === UNDATED ? -Infinity : Number(value));

/** One predicate per filter that is set; themes are one filter shared by three facets. */
function predicates(filters: SearchFilters): Map<keyof SearchFilters, Predicate> {
  const map = new Map<keyof SearchFilters, Predicate>();
  const anyOf = (
    wanted: readonly (string | number)[] | undefined,
    get: (d: DocumentAttributes) => readonly (string | number | null)[],
  ) => {
    if (!wanted || wanted.length === 0) return null;
    const set = new Set<string | number | null>(wanted);
    return (d: DocumentAttributes) => get(d).some((v) => set.has(v));
  };
  const entries: [keyof SearchFilters, Predicate | null][] = [
    ['countries', anyOf(filters.countries, (d) => d.countries)],
    ['organisations', anyOf(filters.organisations, (d) => d.organisations)],
    ['themes', themesPredicate(filters.themes)],
    ['types', anyOf(filters.types, (d) => [d.type])],
    ['languages', anyOf(filters.languages, (d) => [d.language])],
    ['years', anyOf(filters.years, (d) => [d.year ?? UNDATED])],
  ];
  for (const [key, p] of entries) if (p) map.set(key, p);
  return map;
}

/** Several themes narrow the results: a document must carry every chosen theme. */
function themesPredicate(themes: string[] | undefined): Predicate | null {
  if (!themes || themes.length === 0) return null;
  return (d) => themes.every((t) => d.themes.includes(t));
}

export function applyFilters(
  candidates: number[],
  index: AttributeIndex,
  filters: SearchFilters,
): number[] {
  const all = [...predicates(filters).values()];
  return candidates.filter((rowid) => {
    const doc = index.documents.get(rowid);
    return doc !== undefined && all.every((p) => p(doc));
  });
}

/** Each document's values for every facet, worked out once per attribute index. */
const facetValueCache = new WeakMap<AttributeIndex, Map<number, string[][]>>();

function facetValuesOf(index: AttributeIndex): Map<number, string[][]> {
  let values = facetValueCache.get(index);
  if (!values) {
    values = new Map();
    for (const [rowid, doc] of index.documents) {
      values.set(
        rowid,
        FACETS.map((def) => def.values(doc, index)),
      );
    }
    facetValueCache.set(index, values);
  }
  return values;
}

export function computeFacets(
  candidates: number[],
  index: AttributeIndex,
  filters: SearchFilters,
): Facets {
  const preds = [...predicates(filters)];
  const valuesOf = facetValuesOf(index);
  const counts = FACETS.map(() => new Map<string, number>());
  // One pass: a document counts towards a facet when it passes every filter but that facet's own.
  for (const rowid of candidates) {
    const doc = index.documents.get(rowid);
    const values = valuesOf.get(rowid);
    if (!doc || !values) continue;
    let failed: keyof SearchFilters | null = null;
    let failures = 0;
    for (const [key, p] of preds) {
      if (!p(doc)) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (let i = 0; i < FACETS.length; i++) {
      const filter = FACETS[i]!.filter;
      // Themes narrow rather than widen, so their own facets count only what passes every filter.
      if (failures === 1 && (failed !== filter || filter === 'themes')) continue;
      const map = counts[i]!;
      for (const v of values[i]!) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  const facets = {} as Facets;
  FACETS.forEach((def, i) => {
    const values: FacetValue[] = [...counts[i]!].map(([value, count]) => ({
      value,
      count,
      label: def.label(value, index),
    }));
    values.sort((a, b) =>
      def.key === 'years'
        ? yearOrder(b.value) - yearOrder(a.value)
        : b.count - a.count || a.label.localeCompare(b.label),
    );
    facets[def.key] = values;
  });
  return facets;
}
