// What filters, facets and sorting need about every document, held in memory: a few thousand
// small records, read once and refreshed after the library changes.
import type Database from 'better-sqlite3';

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

export interface FacetLabels {
  countries: Map<string, string>;
  organisations: Map<string, string>;
  themes: Map<string, { name: string; facet: string }>;
  types: Map<string, string>;
  languages: Map<string, string>;
}

export interface AttributeIndex {
  documents: Map<number, DocumentAttributes>;
  labels: FacetLabels;
}

function group(rows: { d: number; v: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const { d, v } of rows) {
    const list = map.get(d);
    if (list) list.push(v);
    else map.set(d, [v]);
  }
  return map;
}

export function loadAttributeIndex(db: Database.Database): AttributeIndex {
  const countries = group(
    db.prepare('SELECT document_rowid d, country_code v FROM document_countries').all() as {
      d: number;
      v: string;
    }[],
  );
  const orgs = group(
    db
      .prepare('SELECT DISTINCT document_rowid d, organisation_id v FROM document_organisations')
      .all() as { d: number; v: string }[],
  );
  const themes = group(
    db.prepare('SELECT document_rowid d, theme_id v FROM document_themes').all() as {
      d: number;
      v: string;
    }[],
  );
  const documents = new Map<number, DocumentAttributes>();
  const rows = db.prepare('SELECT rowid, title, type, language, year FROM documents').all() as {
    rowid: number;
    title: string;
    type: string;
    language: string;
    year: number | null;
  }[];
  const collator = new Intl.Collator();
  const byTitle = [...rows].sort((a, b) => collator.compare(a.title, b.title) || a.rowid - b.rowid);
  const titleRank = new Map(byTitle.map((r, i) => [r.rowid, i]));
  for (const r of rows) {
    documents.set(r.rowid, {
      ...r,
      countries: countries.get(r.rowid) ?? [],
      organisations: orgs.get(r.rowid) ?? [],
      themes: themes.get(r.rowid) ?? [],
      titleRank: titleRank.get(r.rowid) ?? 0,
    });
  }
  const pairs = (sql: string) =>
    new Map((db.prepare(sql).all() as { k: string; v: string }[]).map((r) => [r.k, r.v]));
  return {
    documents,
    labels: {
      countries: pairs('SELECT code k, name v FROM countries'),
      organisations: pairs('SELECT id k, name v FROM organisations'),
      themes: new Map(
        (
          db.prepare('SELECT id, name, facet FROM themes').all() as {
            id: string;
            name: string;
            facet: string;
          }[]
        ).map((t) => [t.id, { name: t.name, facet: t.facet }]),
      ),
      types: pairs('SELECT type k, name v FROM document_types'),
      languages: pairs('SELECT code k, name v FROM languages'),
    },
  };
}
