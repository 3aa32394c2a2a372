// The reading lists: for this computer's own user every list and a form for a new one; for a
// classroom visitor the lists shared with the room.
import { useTranslation } from 'react-i18next';
import type { ReadingListSummary } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { MakeCopies } from '../outgoing/MakeCopies.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { ListDetailsForm } from '../reading-lists/ListDetailsForm.tsx';
import { useReadingListRole } from '../reading-lists/use-reading-list-role.ts';
import { navigate } from '../router/navigation.ts';
import { href } from '../router/routes.ts';

function ListSummaries({ lists, owner }: { lists: ReadingListSummary[]; owner: boolean }) {
  const { t } = useTranslation();
  if (lists.length === 0)
    return <p className="empty">{owner ? t('readingLists.none') : t('readingLists.noneShared')}</p>;
  return (
    <ul className="plain-list reading-lists" data-testid="reading-lists">
      {lists.map((list) => (
        <li key={list.id} className="panel reading-lists__item">
          <h2 className="reading-lists__name">
            <a href={href.readingList(list.id)}>{list.name}</a>
          </h2>
          <p className="muted">
            {t('readingLists.itemCount', { count: list.itemCount })}
            {owner && list.shared && <> · {t('readingLists.sharedBadge')}</>}
          </p>
          {list.note && <p className="reading-lists__note">{list.note}</p>}
        </li>
      ))}
    </ul>
  );
}

export function ReadingListsPage() {
  const { t } = useTranslation();
  const { api, readingLists } = usePortal();
  const announce = useAnnounce();
  const owner = useReadingListRole() === 'owner';
  const { result } = useApiResult('reading-lists', () => readingLists.lists());

  const create = async (name: string, note: string) => {
    const created = await settle(() => api.createReadingList({ name, note }));
    if (!created.ok) return created.error;
    announce(t('readingLists.created', { name: created.value.name }));
    navigate({ name: 'reading-list', id: created.value.id });
    return null;
  };

  return (
    <div className="reading-lists-page">
      <PageTitle title={t('readingLists.title')} />
      <p className="lead">{owner ? t('readingLists.lead') : t('readingLists.leadShared')}</p>
      {owner && (
        <section className="panel" aria-labelledby="new-reading-list">
          <h2 id="new-reading-list">{t('readingLists.newList')}</h2>
          <ListDetailsForm
            submitLabel={t('readingLists.create')}
            onSubmit={create}
            clearOnSuccess
            testId="new-reading-list"
          />
        </section>
      )}
      <ResultView result={result}>
        {(lists) => <ListSummaries lists={lists} owner={owner} />}
      </ResultView>
      {owner && (
        <MakeCopies
          source={{ query: '' }}
          name={t('app.name')}
          title={t('outgoing.wholeLibrary')}
        />
      )}
    </div>
  );
}
