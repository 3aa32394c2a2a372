// Filters and facet counts. Values within one facet combine with OR, facets with AND; each
// facet's counts ignore that facet's own filter, so choosing one country still shows the others.
import { UNDATED } from '#shared/types.ts';
import type { FacetValue, Facets, SearchFilters } from '#shared/types.ts';
import { ATTRIBUTES } from './document-attributes.ts';
import type { Attribute, AttributeColumn, AttributeIndex } from './document-attributes.ts';

type FacetKey = keyof Facets;

interface FacetDefinition {
  key: FacetKey;
  attribute: Attribute;
  /** A theme's facet (its `facet` in the taxonomy): the three theme facets share one attribute. */
  themeFacet?: string;
  label(value: string, index: AttributeIndex): string;
}

const themeLabel = (v: string, i: AttributeIndex) => i.labels.themes.get(v)?.name ?? v;

const FACETS: FacetDefinition[] = [
  {
    key: 'countries',
    attribute: 'countries',
    label: (v, i) => i.labels.countries.get(v) ?? v,
  },
  {
    key: 'organisations',
    attribute: 'organisations',
    label: (v, i) => i.labels.organisations.get(v) ?? v,
  },
  { key: 'themes', attribute: 'themes', themeFacet: 'theme', label: themeLabel },
  { key: 'exploitation', attribute: 'themes', themeFacet: 'exploitation', label: themeLabel },
  { key: 'sectors', attribute: 'themes', themeFacet: 'sector', label: themeLabel },
  { key: 'types', attribute: 'types', label: (v, i) => i.labels.types.get(v) ?? v },
  { key: 'languages', attribute: 'languages', label: (v, i) => i.labels.languages.get(v) ?? v },
  { key: 'years', attribute: 'years', label: (v) => (v === UNDATED ? 'n.d.' : v) },
];

/** Whether the document at a slot passes one filter. */
type Predicate = (slot: number) => boolean;

/** Newest first, and the documents without a year after every dated one. */
const yearOrder = (value: string) => (value === UNDATED ? -Infinity : Number(value));

/** A document passes when it has any of the wanted values. */
function anyOf(column: AttributeColumn, wanted: readonly (string | number)[]): Predicate {
  const set = new Set<string | number>(wanted);
  const hit = Uint8Array.from(column.values, (v) => (set.has(v) ? 1 : 0));
  const { starts, codes } = column;
  return (slot) => {
    for (let k = starts[slot]!; k < starts[slot + 1]!; k++) if (hit[codes[k]!]) return true;
    return false;
  };
}

/** Several themes narrow the results: a document must carry every chosen theme. */
function everyOf(column: AttributeColumn, wanted: readonly string[]): Predicate {
  const chosen = new Set(wanted);
  const needed = column.values.flatMap((v, code) => (chosen.has(v as string) ? [code] : []));
  // A chosen theme that no document carries: no document carries them all.
  if (needed.length < chosen.size) return () => false;
  const { starts, codes } = column;
  return (slot) =>
    needed.every((code) => {
      for (let k = starts[slot]!; k < starts[slot + 1]!; k++) if (codes[k] === code) return true;
      return false;
    });
}

/** One predicate per filter that is set; themes are one filter shared by three facets. */
function predicates(filters: SearchFilters, index: AttributeIndex): [Attribute, Predicate][] {
  const found: [Attribute, Predicate][] = [];
  for (const attribute of ATTRIBUTES) {
    const wanted = filters[attribute];
    if (!wanted || wanted.length === 0) continue;
    const column = index.columns[attribute];
    found.push([
      attribute,
      attribute === 'themes' ? everyOf(column, wanted as string[]) : anyOf(column, wanted),
    ]);
  }
  return found;
}

/** The slots of the documents (rowids) that are in the index's view. */
function slotsOf(candidates: number[], index: AttributeIndex): number[] {
  const found: number[] = [];
  for (const rowid of candidates) {
    const slot = index.slotOf(rowid);
    if (slot >= 0) found.push(slot);
  }
  return found;
}

export function applyFilters(
  candidates: number[],
  index: AttributeIndex,
  filters: SearchFilters,
): number[] {
  const all = predicates(filters, index).map(([, p]) => p);
  const passing: number[] = [];
  for (const rowid of candidates) {
    const slot = index.slotOf(rowid);
    if (slot < 0) continue;
    let passes = true;
    for (let i = 0; i < all.length && passes; i++) passes = all[i]!(slot);
    if (passes) passing.push(rowid);
  }
  return passing;
}

export function computeFacets(
  candidates: number[],
  index: AttributeIndex,
  filters: SearchFilters,
): Facets {
  const preds = predicates(filters, index);
  const counts = ATTRIBUTES.map((a) => new Int32Array(index.columns[a].values.length));
  const columns = ATTRIBUTES.map((a) => index.columns[a]);
  // One pass: a document counts towards a facet when it passes every filter but that facet's own.
  for (const slot of slotsOf(candidates, index)) {
    let failed: Attribute | null = null;
    let failures = 0;
    for (const [attribute, p] of preds) {
      if (!p(slot)) {
        failed = attribute;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (let a = 0; a < ATTRIBUTES.length; a++) {
      const attribute = ATTRIBUTES[a]!;
      // Themes narrow rather than widen, so their own facets count only what passes every filter.
      if (failures === 1 && (failed !== attribute || attribute === 'themes')) continue;
      const { starts, codes } = columns[a]!;
      const count = counts[a]!;
      for (let k = starts[slot]!; k < starts[slot + 1]!; k++) count[codes[k]!]!++;
    }
  }
  const facets = {} as Facets;
  for (const def of FACETS) {
    const a = ATTRIBUTES.indexOf(def.attribute);
    const column = columns[a]!;
    const values: FacetValue[] = [];
    counts[a]!.forEach((count, code) => {
      if (count === 0) return;
      const value = String(column.values[code]);
      if (def.themeFacet && (index.labels.themes.get(value)?.facet ?? 'theme') !== def.themeFacet)
        return;
      values.push({ value, count, label: def.label(value, index) });
    });
    values.sort((a, b) =>
      def.key === 'years'
        ? yearOrder(b.value) - yearOrder(a.value)
        : b.count - a.count || a.label.localeCompare(b.label),
    );
    facets[def.key] = values;
  }
  return facets;
}
