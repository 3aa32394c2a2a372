// What filters, facets and sorting need about every document, held in memory: a few thousand
// small records, read once and refreshed after the library changes.
import type { AttributeRows, DocumentValue } from '../store/library/attribute-rows.ts';

export interface DocumentAttributes {
  rowid: number;
  title: string;
  type: string;
  language: string;
  year: number | null;
  countries: string[];
  organisations: string[];
  themes: string[];
  /** Where the title comes in the library's alphabetical order, so sorting by title is a subtraction. */
  titleRank: number;
}

export interface AttributeIndex {
  documents: Map<number, DocumentAttributes>;
  labels: AttributeRows['labels'];
}

function group(rows: DocumentValue[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const { d, v } of rows) {
    const list = map.get(d);
    if (list) list.push(v);
    else map.set(d, [v]);
  }
  return map;
}

export function buildAttributeIndex(rows: AttributeRows): AttributeIndex {
  const countries = group(rows.countries);
  const orgs = group(rows.organisations);
  const themes = group(rows.themes);
  const documents = new Map<number, DocumentAttributes>();
  const collator = new Intl.Collator();
  const byTitle = [...rows.documents].sort(
    (a, b) => collator.compare(a.title, b.title) || a.rowid - b.rowid,
  );
  const titleRank = new Map(byTitle.map((r, i) => [r.rowid, i]));
  for (const r of rows.documents) {
    documents.set(r.rowid, {
      ...r,
      countries: countries.get(r.rowid) ?? [],
      organisations: orgs.get(r.rowid) ?? [],
      themes: themes.get(r.rowid) ?? [],
      titleRank: titleRank.get(r.rowid) ?? 0,
    });
  }
  return { documents, labels: rows.labels };
}
