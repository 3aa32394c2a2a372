// The documents section of a country's, an organisation's or a theme's page: every document it
// has, grouped by type.
import type { Result } from '#shared/api.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { GroupedDocuments } from './GroupedDocuments.tsx';
import { ResultView } from './ResultView.tsx';

const ALL = 5000;

export type Profile = 'country' | 'organisation' | 'theme';

export function useProfileDocuments(
  profile: Profile,
  id: string,
): Result<DocumentSummary[]> | null {
  const { api } = usePortal();
  const { result } = useApiResult(`${profile}:${id}`, () =>
    api.listDocuments({ [profile]: id, limit: ALL }),
  );
  return result;
}

export function ProfileDocuments({
  headingId,
  title,
  documents,
}: {
  headingId: string;
  title: string;
  documents: Result<DocumentSummary[]> | null;
}) {
  return (
    <section aria-labelledby={headingId} className="profile-documents">
      <h2 id={headingId}>{title}</h2>
      <ResultView result={documents}>{(list) => <GroupedDocuments documents={list} />}</ResultView>
    </section>
  );
}
