// Countries, organisations, themes and document-type names: replaced as a whole from the library
// folder's taxonomy.yaml, read back in the shared types.
import type Database from 'better-sqlite3';
import type { Taxonomy as ApiTaxonomy } from '#shared/api.ts';
import type { Contact, Country, Organisation, Theme, ThemeFacet } from '#shared/types.ts';
import type { Taxonomy } from '../../ingest/catalog-schema.ts';

export function replaceTaxonomy(db: Database.Database, taxonomy: Taxonomy): void {
  db.exec(
    'DELETE FROM countries; DELETE FROM organisations; DELETE FROM themes; DELETE FROM document_types;',
  );
  const country = db.prepare(
    'INSERT INTO countries (code, name, names, focal_point_id, partner_ids, figures, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const c of taxonomy.countries) {
    country.run(
      c.code,
      c.name,
      JSON.stringify(c.names),
      c.focalPoint,
      JSON.stringify(c.partners),
      JSON.stringify(c.figures),
      c.summary,
    );
  }
  const org = db.prepare(
    'INSERT INTO organisations (id, name, names, country, kind, description, contact) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const o of taxonomy.organisations) {
    org.run(
      o.id,
      o.name,
      JSON.stringify(o.names),
      o.country,
      o.kind,
      o.description,
      JSON.stringify(o.contact),
    );
  }
  const theme = db.prepare(
    'INSERT INTO themes (id, name, names, facet, description) VALUES (?, ?, ?, ?, ?)',
  );
  for (const t of taxonomy.themes)
    theme.run(t.id, t.name, JSON.stringify(t.names), t.facet, t.description);
  const type = db.prepare('INSERT INTO document_types (type, name, names) VALUES (?, ?, ?)');
  for (const t of taxonomy.documentTypes) type.run(t.type, t.name, JSON.stringify(t.names));
}

const EMPTY_CONTACT: Contact = { address: '', phone: '', email: '', website: '' };

export function readTaxonomy(db: Database.Database): ApiTaxonomy {
  const countries = (
    db.prepare('SELECT * FROM countries ORDER BY name').all() as Record<string, string>[]
  ).map((r): Country => ({
    code: r.code!,
    name: r.name!,
    names: JSON.parse(r.names!),
    focalPointId: r.focal_point_id ?? null,
    partnerIds: JSON.parse(r.partner_ids!),
    figures: JSON.parse(r.figures!),
    summary: r.summary!,
  }));
  const organisations = (
    db.prepare('SELECT * FROM organisations ORDER BY name').all() as Record<string, string>[]
  ).map((r): Organisation => ({
    id: r.id!,
    name: r.name!,
    names: JSON.parse(r.names!),
    country: r.country ?? null,
    kind: r.kind!,
    description: r.description!,
    contact: { ...EMPTY_CONTACT, ...JSON.parse(r.contact!) },
  }));
  const themes = (
    db.prepare('SELECT * FROM themes ORDER BY facet, name').all() as Record<string, string>[]
  ).map((r): Theme => ({
    id: r.id!,
    name: r.name!,
    names: JSON.parse(r.names!),
    facet: r.facet as ThemeFacet,
    description: r.description!,
  }));
  const documentTypes = (
    db.prepare('SELECT * FROM document_types ORDER BY name').all() as Record<string, string>[]
  ).map((r) => ({ type: r.type!, name: r.name!, names: JSON.parse(r.names!) }));
  return { countries, organisations, themes, documentTypes };
}

export type NamedList = 'organisations' | 'themes';

export interface IdAndName {
  id: string;
  name: string;
}

const NAMES_SQL: Record<NamedList, string> = {
  organisations: 'SELECT id, name FROM organisations',
  themes: 'SELECT id, name FROM themes',
};

/** The ids and names of a list, in the order the taxonomy gave them. */
export function readNames(db: Database.Database, list: NamedList): IdAndName[] {
  return db.prepare<[], IdAndName>(NAMES_SQL[list]).all();
}
