// What filters, facets and sorting read about every document and every facet value, as rows; the
// search builds its in-memory attribute index from them.
import type Database from 'better-sqlite3';
import { inView } from './do-not-share.ts';
import type { LibraryView } from './do-not-share.ts';

/** A document rowid with one of its values (a country code, an organisation or theme id). */
export interface DocumentValue {
  d: number;
  v: string;
}

export interface DocumentRow {
  rowid: number;
  title: string;
  type: string;
  language: string;
  year: number | null;
}

export interface AttributeRows {
  documents: DocumentRow[];
  countries: DocumentValue[];
  organisations: DocumentValue[];
  themes: DocumentValue[];
  labels: {
    countries: Map<string, string>;
    organisations: Map<string, string>;
    themes: Map<string, { name: string; facet: string }>;
    types: Map<string, string>;
    languages: Map<string, string>;
  };
}

/** Values are read for every document; only the view's documents are indexed with them. */
export function readAttributeRows(
  db: Database.Database,
  view: LibraryView = 'whole',
): AttributeRows {
  const values = (sql: string) => db.prepare<[], DocumentValue>(sql).all();
  const pairs = (sql: string) =>
    new Map(
      db
        .prepare<[], { k: string; v: string }>(sql)
        .all()
        .map((r) => [r.k, r.v]),
    );
  return {
    countries: values('SELECT document_rowid d, country_code v FROM document_countries'),
    organisations: values(
      'SELECT DISTINCT document_rowid d, organisation_id v FROM document_organisations',
    ),
    themes: values('SELECT document_rowid d, theme_id v FROM document_themes'),
    documents: db
      .prepare<[], DocumentRow>(
        `SELECT rowid, title, type, language, year FROM documents WHERE ${inView(view)}`,
      )
      .all(),
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
