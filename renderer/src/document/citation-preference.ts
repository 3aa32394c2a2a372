// How the reader wants documents cited: the style, and whether in the interface's language or in
// each document's own. Kept in this browser's storage, like the interface language.
import { CITATION_STYLES } from '#shared/citation.ts';
import type { CitationStyle } from '#shared/citation.ts';
import type { KeyValueStorage } from '../bookmarks/local-bookmarks.ts';

export const CITATION_PREFERENCE_KEY = 'tip-portal.citation';

export const CITATION_LANGUAGES = ['interface', 'document'] as const;
export type CitationLanguage = (typeof CITATION_LANGUAGES)[number];

export interface CitationPreference {
  style: CitationStyle;
  language: CitationLanguage;
}

export const DEFAULT_CITATION_PREFERENCE: CitationPreference = {
  style: 'plain',
  language: 'interface',
};

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T);

/** The saved choice; the default where there is none, it is damaged or storage is blocked. */
export function savedCitationPreference(storage: KeyValueStorage): CitationPreference {
  try {
    const saved = JSON.parse(storage.getItem(CITATION_PREFERENCE_KEY) ?? 'null') as unknown;
    if (typeof saved !== 'object' || saved === null) return DEFAULT_CITATION_PREFERENCE;
    const { style, language } = saved as Record<string, unknown>;
    return {
      style: isOneOf(CITATION_STYLES, style) ? style : DEFAULT_CITATION_PREFERENCE.style,
      language: isOneOf(CITATION_LANGUAGES, language)
        ? language
        : DEFAULT_CITATION_PREFERENCE.language,
    };
  } catch {
    return DEFAULT_CITATION_PREFERENCE;
  }
}

/** Keeps the choice; returns false when storage refuses it (the choice then lasts this visit). */
export function saveCitationPreference(
  storage: KeyValueStorage,
  preference: CitationPreference,
): boolean {
  try {
    storage.setItem(CITATION_PREFERENCE_KEY, JSON.stringify(preference));
    return true;
  } catch {
    return false;
  }
}
