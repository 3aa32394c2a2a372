// Citations as the reader chose them (citation-preference.ts): every place that cites (the
// document's "Copy citation", the reading lists and their handouts) follows one choice, and a
// change made in one is seen at once by the others.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { citationParts } from '#shared/citation.ts';
import type { CitationPart, CitedDocument, CitedPage } from '#shared/citation.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from '../i18n/languages.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { localName } from '../taxonomy/labels.ts';
import { saveCitationPreference, savedCitationPreference } from './citation-preference.ts';
import type { CitationPreference } from './citation-preference.ts';

const listeners = new Set<() => void>();
let chosen: CitationPreference | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentPreference(): CitationPreference {
  chosen ??= savedCitationPreference(window.localStorage);
  return chosen;
}

export function useCitationPreference(): [CitationPreference, (next: CitationPreference) => void] {
  const preference = useSyncExternalStore(subscribe, currentPreference);
  const choose = (next: CitationPreference) => {
    chosen = next;
    saveCitationPreference(window.localStorage, next);
    for (const listener of listeners) listener();
  };
  return [preference, choose];
}

export type CitableDocument = CitedDocument & Pick<DocumentSummary, 'language'>;
export type Cite = (document: CitableDocument, page: CitedPage | null) => CitationPart[];

/** "vi-VN" → "vi": the taxonomy and the interface name languages by their primary subtag. */
const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** Cites a document (at a page) in the chosen style and language. */
export function useCite(): Cite {
  const { i18n } = useTranslation();
  const labels = useLabels();
  const [preference] = useCitationPreference();
  return (document, page) => {
    const language =
      preference.language === 'document' ? primaryLanguage(document.language) : i18n.language;
    const t = i18n.getFixedT(isInterfaceLanguage(language) ? language : DEFAULT_LANGUAGE);
    return citationParts(document, page, {
      style: preference.style,
      words: { page: t('citation.page'), noDate: t('citation.noDate') },
      organisationName: (o) => {
        const organisation = labels.organisation(o.id);
        return organisation ? localName(organisation, language) : o.name;
      },
    });
  };
}

/** A citation's text without its italics, for the clipboard and for labels. */
export function citationText(parts: CitationPart[]): string {
  return parts.map((part) => part.text).join('');
}
