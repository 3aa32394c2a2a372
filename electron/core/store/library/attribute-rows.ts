// What filters, facets and sorting read about every document and every facet value, as rows; the
// search builds its in-memory attribute index from them.
import type Database from 'better-sqlite3';
import { inView } from './do-not-share.ts';
import type { LibraryView } from './do-not-share.ts';

/** One attribute's values of documents: value `v[i]` belongs to the document of rowid `d[i]`. */
export interface DocumentValues {
  d: number[];
  v: string[];
}

/** The documents of the view, a column per attribute, each in the same order. */
export interface DocumentColumns {
  rowids: number[];
  titles: string[];
  types: string[];
  languages: string[];
  years: (number | null)[];
}

export interface AttributeRows {
  documents: DocumentColumns;
  countries: DocumentValues;
  organisations: DocumentValues;
  themes: DocumentValues;
  labels: {
    countries: Map<string, string>;
    organisations: Map<string, string>;
    themes: Map<string, { name: string; facet: string }>;
    types: Map<string, string>;
    languages: Map<string, string>;
  };
}

/**
 * Values are read for every document; only the view's documents are indexed with them. Rows are
 * read one at a time into columns: a library of fifty thousand documents as row objects is tens of
 * megabytes that the search's index does not keep.
 */
export function readAttributeRows(
  db: Database.Database,
  view: LibraryView = 'whole',
): AttributeRows {
  const values = (sql: string): DocumentValues => {
    const found: DocumentValues = { d: [], v: [] };
    for (const [d, v] of db.prepare<[], [number, string]>(sql).raw().iterate()) {
      found.d.push(d);
      found.v.push(v);
    }
    return found;
  };
  const pairs = (sql: string) =>
    new Map(
      db
        .prepare<[], { k: string; v: string }>(sql)
        .all()
        .map((r) => [r.k, r.v]),
    );
  const documents: DocumentColumns = {
    rowids: [],
    titles: [],
    types: [],
    languages: [],
    years: [],
  };
  const documentRows = db
    .prepare<[], [number, string, string, string, number | null]>(
      `SELECT rowid, title, type, language, year FROM documents WHERE ${inView(view)}
        ORDER BY title COLLATE NOCASE`,
    )
    .raw()
    .iterate();
  for (const [rowid, title, type, language, year] of documentRows) {
    documents.rowids.push(rowid);
    documents.titles.push(title);
    documents.types.push(type);
    documents.languages.push(language);
    documents.years.push(year);
  }
  return {
    countries: values('SELECT document_rowid, country_code FROM document_countries'),
    organisations: values(
      'SELECT DISTINCT document_rowid, organisation_id FROM document_organisations',
    ),
    themes: values('SELECT document_rowid, theme_id FROM document_themes'),
    documents,
    labels: {
      countries: pairs('SELECT code k, name v FROM countries'),
      organisations: pairs('SELECT id k, name v FROM organisations'),
      themes: new Map(
        db
          .prepare<[], { id: string; name: string; facet: string }>(
            'SELECT id, name, facet FROM themes',
          )
          .all()
          .map((t) => [t.id, { name: t.name, facet: t.facet }]),
      ),
      types: pairs('SELECT type k, name v FROM document_types'),
      languages: pairs('SELECT code k, name v FROM languages'),
    },
  };
}
