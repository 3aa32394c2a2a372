// What filters, facets and sorting need about every document, held in memory in columns of typed
// arrays: a library of a million pages has some fifty thousand documents, and a common word
// matches half of them, so a search walks tens of thousands of documents' attributes. Objects per
// document cost ~3 KB each and a hash lookup per value; columns cost a few bytes and an index.
import type { SearchFilters } from '#shared/types.ts';
import { UNDATED } from '#shared/types.ts';
import type { AttributeRows, DocumentValue } from '../store/library/attribute-rows.ts';

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
  /** The slot of a document rowid; undefined for one outside the view. */
  slots: Map<number, number>;
  /** Each slot's year, -Infinity when undated (so that undated documents sort last). */
  years: Float64Array;
  /** Where each slot's title comes in the library's alphabetical order. */
  titleRanks: Int32Array;
  columns: Record<Attribute, AttributeColumn>;
  labels: AttributeRows['labels'];
}

/** A column from (slot, value) pairs, in any order. */
function columnOf(
  count: number,
  pairs: { slot: number; value: string | number }[],
): AttributeColumn {
  const values: (string | number)[] = [];
  const codeOf = new Map<string | number, number>();
  const starts = new Int32Array(count + 1);
  for (const { slot } of pairs) starts[slot + 1]!++;
  for (let s = 0; s < count; s++) starts[s + 1]! += starts[s]!;
  const next = starts.slice(0, count);
  const codes = new Int32Array(pairs.length);
  for (const { slot, value } of pairs) {
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    codes[next[slot]!++] = code;
  }
  return { values, starts, codes };
}

export function buildAttributeIndex(rows: AttributeRows): AttributeIndex {
  const count = rows.documents.length;
  const rowids = new Float64Array(count);
  const slots = new Map<number, number>();
  const years = new Float64Array(count);
  rows.documents.forEach((doc, slot) => {
    rowids[slot] = doc.rowid;
    slots.set(doc.rowid, slot);
    years[slot] = doc.year ?? -Infinity;
  });
  const collator = new Intl.Collator();
  const byTitle = rows.documents
    .map((doc, slot) => ({ slot, title: doc.title, rowid: doc.rowid }))
    .sort((a, b) => collator.compare(a.title, b.title) || a.rowid - b.rowid);
  const titleRanks = new Int32Array(count);
  byTitle.forEach(({ slot }, rank) => (titleRanks[slot] = rank));

  // Values are read for every document; only the view's documents are kept.
  const inView = (list: DocumentValue[]) =>
    list.flatMap(({ d, v }) => {
      const slot = slots.get(d);
      return slot === undefined ? [] : [{ slot, value: v }];
    });
  const ofEach = (value: (doc: AttributeRows['documents'][number]) => string | number) =>
    rows.documents.map((doc, slot) => ({ slot, value: value(doc) }));
  return {
    count,
    rowids,
    slots,
    years,
    titleRanks,
    columns: {
      countries: columnOf(count, inView(rows.countries)),
      organisations: columnOf(count, inView(rows.organisations)),
      themes: columnOf(count, inView(rows.themes)),
      types: columnOf(
        count,
        ofEach((doc) => doc.type),
      ),
      languages: columnOf(
        count,
        ofEach((doc) => doc.language),
      ),
      years: columnOf(
        count,
        ofEach((doc) => doc.year ?? UNDATED),
      ),
    },
    labels: rows.labels,
  };
}
