// The taxonomy entries a pack's documents use, in taxonomy.yaml's form, so that the library that
// imports the pack can name its countries, organisations, themes and document types.
import type { Taxonomy as LibraryTaxonomy } from '#shared/api.ts';
import type { Taxonomy } from '../ingest/catalog-schema.ts';
import type { PackDocumentMetadata } from './pack-manifest.ts';

export function taxonomyUsedBy(
  library: LibraryTaxonomy,
  documents: readonly PackDocumentMetadata[],
): Taxonomy {
  const countries = new Set(documents.flatMap((d) => d.countries));
  const themes = new Set(documents.flatMap((d) => d.themes));
  const types = new Set(documents.map((d) => d.type));
  const usedCountries = library.countries.filter((c) => countries.has(c.code));
  // A country's focal point and partners are organisations its page names.
  const organisations = new Set([
    ...documents.flatMap((d) => d.organisations.map((o) => o.id)),
    ...usedCountries.flatMap((c) => [...c.partnerIds, ...(c.focalPointId ? [c.focalPointId] : [])]),
  ]);
  return {
    version: 1,
    countries: usedCountries.map(({ focalPointId, partnerIds, ...country }) => ({
      ...country,
      names: definedNames(country.names),
      focalPoint: focalPointId,
      partners: partnerIds,
    })),
    organisations: library.organisations
      .filter((o) => organisations.has(o.id))
      .map((o) => ({ ...o, names: definedNames(o.names) })),
    themes: library.themes
      .filter((t) => themes.has(t.id))
      .map((t) => ({ ...t, names: definedNames(t.names) })),
    documentTypes: library.documentTypes
      .filter((t) => types.has(t.type as PackDocumentMetadata['type']))
      .map((t) => ({
        ...t,
        type: t.type as PackDocumentMetadata['type'],
        names: definedNames(t.names),
      })),
  };
}

function definedNames(names: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(names).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
