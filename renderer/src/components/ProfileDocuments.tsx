// The documents section of a country's, an organisation's or a theme's page: every document it
// has, grouped by type.
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import type { Loaded } from '../api/use-api-result.ts';
import { GroupedDocuments } from './GroupedDocuments.tsx';
import { ResultView } from './ResultView.tsx';

const ALL = 5000;

export type Profile = 'country' | 'organisation' | 'theme';

export function useProfileDocuments(profile: Profile, id: string): Loaded<DocumentSummary[]> {
  const { api } = usePortal();
  return useApiResult(`${profile}:${id}`, () => api.listDocuments({ [profile]: id, limit: ALL }));
}

export function ProfileDocuments({
  headingId,
  title,
  documents,
}: {
  headingId: string;
  title: string;
  documents: Loaded<DocumentSummary[]>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId} className="profile-documents">
      <h2 id={headingId}>{title}</h2>
      <ResultView
        result={documents.result}
        onRetry={documents.reload}
        failedTitle={t('errors.documentsFailed')}
      >
        {(list) => <GroupedDocuments documents={list} />}
      </ResultView>
    </section>
  );
}
