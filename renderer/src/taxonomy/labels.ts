// Names for what the library stores as codes and ids (countries, organisations, themes, document
// types, languages), in the interface language when the taxonomy has a translation.
import type { Taxonomy } from '#shared/api.ts';
import type { Organisation, Theme, Translations } from '#shared/types.ts';

export interface Labels {
  taxonomy: Taxonomy | null;
  country(code: string): string;
  organisation(id: string): Organisation | undefined;
  organisationName(id: string): string;
  theme(id: string): Theme | undefined;
  themeName(id: string): string;
  documentType(type: string): string;
  language(code: string): string;
  /** Orders names as the interface language sorts them. */
  compareNames(a: string, b: string): number;
}

export function localName(entity: { name: string; names: Translations }, language: string): string {
  return entity.names[language] ?? entity.name;
}

export function makeLabels(taxonomy: Taxonomy | null, language: string): Labels {
  const countries = new Map(taxonomy?.countries.map((c) => [c.code, c]));
  const organisations = new Map(taxonomy?.organisations.map((o) => [o.id, o]));
  const themes = new Map(taxonomy?.themes.map((t) => [t.id, t]));
  const types = new Map(taxonomy?.documentTypes.map((t) => [t.type, t]));
  let languageNames: Intl.DisplayNames | null = null;
  try {
    languageNames = new Intl.DisplayNames([language], { type: 'language' });
  } catch {
    languageNames = null;
  }
  const collator = new Intl.Collator(language);
  const named = <E extends { name: string; names: Translations }>(
    entity: E | undefined,
    fallback: string,
  ) => (entity ? localName(entity, language) : fallback);

  return {
    taxonomy,
    country: (code) => named(countries.get(code), code),
    organisation: (id) => organisations.get(id),
    organisationName: (id) => named(organisations.get(id), id),
    theme: (id) => themes.get(id),
    themeName: (id) => named(themes.get(id), id),
    documentType: (type) => {
      const entry = types.get(type);
      return entry ? (entry.names[language] ?? entry.name) : type;
    },
    language: (code) => {
      try {
        return languageNames?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    compareNames: (a, b) => collator.compare(a, b),
  };
}
