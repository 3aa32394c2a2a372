// Which reading lists classroom visitors see: every list of this computer's user with its
// "shared with the room" checkbox. A visitor is told that the trainer's computer decides.
import { useTranslation } from 'react-i18next';
import type { ReadingListSummary } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';
import { ResultView } from '../components/ResultView.tsx';
import { ShareToggle } from '../reading-lists/ShareToggle.tsx';
import { useReadingListRole } from '../reading-lists/use-reading-list-role.ts';
import { href } from '../router/routes.ts';

function SharingChoices({ lists, onChanged }: { lists: ReadingListSummary[]; onChanged(): void }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  if (lists.length === 0)
    return (
      <p className="empty">
        {t('settings.noLists')} <a href="#/lists">{t('settings.createList')}</a>
      </p>
    );
  return (
    <ul className="plain-list shared-lists" data-testid="shared-lists-setting">
      {lists.map((list) => (
        <li key={list.id} className="shared-lists__item">
          <ShareToggle
            listName={list.name}
            shared={list.shared}
            label={list.name}
            onToggle={async (shared) => {
              const changed = await settle(() => api.updateReadingList({ id: list.id, shared }));
              onChanged();
              return changed.ok ? null : changed.error;
            }}
          />
          <a className="shared-lists__open" href={href.readingList(list.id)}>
            {t('settings.openList', { name: list.name })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The owner's lists with their checkboxes; a visitor is never sent to ask for them. */
function OwnerSharing() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result, reload } = useApiResult('settings:reading-lists', () => api.listReadingLists());
  return (
    <>
      <p className="hint">{t('settings.sharedListsHint')}</p>
      <ResultView result={result} onRetry={reload}>
        {(lists) => <SharingChoices lists={lists} onChanged={reload} />}
      </ResultView>
    </>
  );
}

export function SharedListsSetting() {
  const { t } = useTranslation();
  const role = useReadingListRole();
  if (role === 'visitor') return <p className="hint">{t('settings.sharedListsVisitor')}</p>;
  return <OwnerSharing />;
}
