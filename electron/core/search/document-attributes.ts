// What filters, facets and sorting need about every document, held in memory in columns of typed
// arrays: a library of a million pages has some fifty thousand documents, and a common word
// matches half of them, so a search walks tens of thousands of documents' attributes. Objects per
// document cost ~3 KB each and a hash lookup per value; columns cost a few bytes and an index.
import type { SearchFilters } from '#shared/types.ts';
import { UNDATED } from '#shared/types.ts';
import type { AttributeRows, DocumentValues } from '../store/library/attribute-rows.ts';

/** The attributes a filter narrows by, each one a facet (themes: three, by the theme's facet). */
export type Attribute = keyof SearchFilters;

export const ATTRIBUTES: readonly Attribute[] = [
  'countries',
  'organisations',
  'themes',
  'types',
  'languages',
  'years',
];

/**
 * One attribute of every document: the distinct values, and each document's values as codes
 * (indexes into `values`), document by document: those of slot s are codes[starts[s]..starts[s+1]).
 */
export interface AttributeColumn {
  /** A year is a number (or UNDATED); every other value a string. */
  values: (string | number)[];
  starts: Int32Array;
  codes: Int32Array;
}

export interface AttributeIndex {
  /** Documents in the view, each at a slot: 0 .. count - 1. */
  count: number;
  /** The document rowid at each slot. */
  rowids: Float64Array;
  /** The slot of a document rowid; -1 for one outside the view. */
  slotOf(rowid: number): number;
  /** Each slot's year, -Infinity when undated (so that undated documents sort last). */
  years: Float64Array;
  /** Where each slot's title comes in the library's alphabetical order. */
  titleRanks: Int32Array;
  columns: Record<Attribute, AttributeColumn>;
  labels: AttributeRows['labels'];
}

/** Rowids far beyond the documents' count (a library emptied and filled again) are looked up in a map. */
const MAX_DIRECT_ROWID = 1 << 24;

/**
 * The slot of each rowid: an array indexed by rowid, read in a few nanoseconds; a search looks up
 * every matching document, tens of thousands of them for a common word in a large library.
 */
function slotLookup(rowids: Float64Array): (rowid: number) => number {
  const highest = rowids.reduce((max, rowid) => Math.max(max, rowid), 0);
  if (highest < MAX_DIRECT_ROWID && rowids.every(Number.isInteger)) {
    const slots = new Int32Array(highest + 1).fill(-1);
    rowids.forEach((rowid, slot) => (slots[rowid] = slot));
    return (rowid) => (rowid >= 0 && rowid <= highest ? slots[rowid]! : -1);
  }
  const slots = new Map<number, number>();
  rowids.forEach((rowid, slot) => slots.set(rowid, slot));
  return (rowid) => slots.get(rowid) ?? -1;
}

/** A column from each value's slot and the value, in any order of slots. */
function columnOf(
  count: number,
  slotAt: ArrayLike<number>,
  valueAt: ArrayLike<string | number>,
): AttributeColumn {
  const values: (string | number)[] = [];
  const codeOf = new Map<string | number, number>();
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < slotAt.length; i++) starts[slotAt[i]! + 1]!++;
  for (let s = 0; s < count; s++) starts[s + 1]! += starts[s]!;
  const next = starts.slice(0, count);
  const codes = new Int32Array(slotAt.length);
  for (let i = 0; i < slotAt.length; i++) {
    const value = valueAt[i]!;
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    codes[next[slotAt[i]!]!++] = code;
  }
  return { values, starts, codes };
}

export function buildAttributeIndex(rows: AttributeRows): AttributeIndex {
  const { documents } = rows;
  const count = documents.rowids.length;
  const rowids = Float64Array.from(documents.rowids);
  const slotOf = slotLookup(rowids);
  const years = Float64Array.from(documents.years, (year) => year ?? -Infinity);
  const collator = new Intl.Collator();
  // Documents are read in title order without case, nearly this one: sorting them costs few comparisons.
  const byTitle = Array.from({ length: count }, (_, slot) => slot).sort(
    (a, b) =>
      collator.compare(documents.titles[a]!, documents.titles[b]!) || rowids[a]! - rowids[b]!,
  );
  const titleRanks = new Int32Array(count);
  byTitle.forEach((slot, rank) => (titleRanks[slot] = rank));

  // Values are read for every document; only the view's documents are kept.
  const inView = ({ d, v }: DocumentValues) => {
    const kept: { slots: number[]; values: string[] } = { slots: [], values: [] };
    d.forEach((rowid, i) => {
      const slot = slotOf(rowid);
      if (slot < 0) return;
      kept.slots.push(slot);
      kept.values.push(v[i]!);
    });
    return columnOf(count, kept.slots, kept.values);
  };
  const everySlot = Array.from({ length: count }, (_, slot) => slot);
  return {
    count,
    rowids,
    slotOf,
    years,
    titleRanks,
    columns: {
      countries: inView(rows.countries),
      organisations: inView(rows.organisations),
      themes: inView(rows.themes),
      types: columnOf(count, everySlot, documents.types),
      languages: columnOf(count, everySlot, documents.languages),
      years: columnOf(
        count,
        everySlot,
        documents.years.map((year) => year ?? UNDATED),
      ),
    },
    labels: rows.labels,
  };
}
