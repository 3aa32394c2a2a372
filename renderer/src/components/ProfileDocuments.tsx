// The documents section of a country's, an organisation's or a theme's page, grouped by type. A
// large library's profile can hold thousands: the first ones (by title) come first, with each
// type's full count from the search without a query, and the rest when asked for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, SearchFilters } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import type { Loaded } from '../api/use-api-result.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { GroupedDocuments } from './GroupedDocuments.tsx';
import { ResultView } from './ResultView.tsx';

/** Enough for every profile of a library of some thousands of documents, answered at once. */
export const FIRST_DOCUMENTS = 150;
const ALL = 5000;

export type Profile = 'country' | 'organisation' | 'theme';

const FILTER: Record<Profile, keyof Pick<SearchFilters, 'countries' | 'organisations' | 'themes'>> =
  { country: 'countries', organisation: 'organisations', theme: 'themes' };

export interface ProfileDocumentList {
  documents: Loaded<DocumentSummary[]>;
  /** How many documents of each type the profile has in all; null until known. */
  counts: Map<string, number> | null;
  /** Whether every document was asked for, not only the first. */
  all: boolean;
  showAll(): void;
}

export function useProfileDocuments(profile: Profile, id: string): ProfileDocumentList {
  const { api } = usePortal();
  const [all, setAll] = useState(false);
  const documents = useApiResult(`${profile}:${id}:${all ? 'all' : 'first'}`, () =>
    api.listDocuments({ [profile]: id, limit: all ? ALL : FIRST_DOCUMENTS }),
  );
  const types = useApiResult(`${profile}:${id}:types`, () =>
    api.search({ query: '', filters: { [FILTER[profile]]: [id] }, limit: 1 }),
  );
  const counts = types.result?.ok
    ? new Map(types.result.value.facets.types.map((v) => [v.value, v.count]))
    : null;
  return { documents, counts, all, showAll: () => setAll(true) };
}

export function ProfileDocuments({
  headingId,
  title,
  documents: list,
}: {
  headingId: string;
  title: string;
  documents: ProfileDocumentList;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const total = list.counts ? [...list.counts.values()].reduce((a, b) => a + b, 0) : null;
  return (
    <section aria-labelledby={headingId} className="profile-documents">
      <h2 id={headingId}>{title}</h2>
      <ResultView
        result={list.documents.result}
        onRetry={list.documents.reload}
        failedTitle={t('errors.documentsFailed')}
      >
        {(documents) => (
          <>
            <GroupedDocuments
              documents={documents}
              counts={documents.length < (total ?? 0) ? list.counts : null}
            />
            {!list.all && total !== null && documents.length < total && (
              <p>
                <button type="button" className="button" onClick={list.showAll}>
                  {t('browse.showAll', { total: format.number(total) })}
                </button>
              </p>
            )}
          </>
        )}
      </ResultView>
    </section>
  );
}
