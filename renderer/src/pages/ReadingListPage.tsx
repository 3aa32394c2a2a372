// One reading list. Its owner renames it, writes its note, shares it with the room, reorders,
// annotates and removes its items, and in the desktop app makes a pack or a static copy of it; a
// classroom visitor reads a shared list. Both open its handout and download it as one zip.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { MakeCopies } from '../outgoing/MakeCopies.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { itemLabel } from '../reading-lists/item-labels.ts';
import { ListDetailsForm } from '../reading-lists/ListDetailsForm.tsx';
import { ReadingListItemView } from '../reading-lists/ReadingListItemView.tsx';
import { ShareToggle } from '../reading-lists/ShareToggle.tsx';
import { useReadingListEditing } from '../reading-lists/use-reading-list-editing.ts';
import { useReadingListRole } from '../reading-lists/use-reading-list-role.ts';
import { navigate } from '../router/navigation.ts';
import { href } from '../router/routes.ts';

/** Keeps focus on an item's move button after the item moved (React moves its element). */
function useFollowMovedItem(list: ReadingList): (itemId: number, action: 'up' | 'down') => void {
  const moved = useRef<{ itemId: number; action: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const target = moved.current;
    moved.current = null;
    if (!target) return;
    const item = document.querySelector(`[data-item-id="${target.itemId}"]`);
    const buttons = [
      item?.querySelector<HTMLButtonElement>(`[data-action="${target.action}"]`),
      item?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)'),
    ];
    buttons.find((button) => button && !button.disabled)?.focus();
  }, [list]);
  return (itemId, action) => {
    moved.current = { itemId, action };
  };
}

function ReadingListView({ initial, owner }: { initial: ReadingList; owner: boolean }) {
  const { t } = useTranslation();
  const { api, listDownloadUrl } = usePortal();
  const announce = useAnnounce();
  const [list, setList] = useState(initial);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const editing = useReadingListEditing(list, setList);
  const followMovedItem = useFollowMovedItem(list);
  const count = list.items.length;

  const move = async (itemId: number, by: -1 | 1) => {
    followMovedItem(itemId, by === -1 ? 'up' : 'down');
    const failed = await editing.move(itemId, by);
    const item = list.items.find((i) => i.id === itemId);
    const position = list.items.findIndex((i) => i.id === itemId) + 1 + by;
    if (!failed && item) announce(t('readingLists.moved', { item: itemLabel(item, t), position }));
    return failed;
  };

  const remove = async (itemId: number) => {
    const item = list.items.find((i) => i.id === itemId);
    const failed = await editing.remove(itemId);
    if (!failed && item) announce(t('readingLists.removed', { item: itemLabel(item, t) }));
    return failed;
  };

  const saveNote = async (itemId: number, note: string) => {
    const failed = await editing.saveNote(itemId, note);
    if (!failed) announce(t('readingLists.noteSaved'));
    return failed;
  };

  const saveDetails = async (name: string, note: string) => {
    const failed = await editing.saveDetails(name, note);
    if (!failed) announce(t('readingLists.detailsSaved'));
    return failed;
  };

  const deleteList = async () => {
    if (!window.confirm(t('readingLists.confirmDelete', { name: list.name }))) return;
    const deleted = await settle(() => api.deleteReadingList(list.id));
    setDeleteError(deleted.ok ? null : deleted.error);
    if (!deleted.ok) return;
    announce(t('readingLists.deleted', { name: list.name }));
    navigate({ name: 'reading-lists' });
  };

  return (
    <div className="reading-list-page" data-testid="reading-list" data-list-id={list.id}>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <a href="#/lists">{t('readingLists.title')}</a>
      </nav>
      <PageTitle title={list.name} />
      {owner ? (
        <details className="panel">
          <summary>{t('readingLists.details')}</summary>
          <ListDetailsForm
            key={`${list.name}\n${list.note}`}
            name={list.name}
            note={list.note}
            submitLabel={t('readingLists.saveDetails')}
            onSubmit={saveDetails}
            testId="reading-list-details"
          />
        </details>
      ) : (
        <p className="muted">{t('readingLists.readOnly')}</p>
      )}
      {list.note && (
        <p className="lead reading-list__note" data-testid="reading-list-note">
          {list.note}
        </p>
      )}
      <div className="action-bar" role="group" aria-label={t('readingLists.actions')}>
        <a className="button" href={href.handout(list.id)} data-testid="open-handout">
          {t('readingLists.openHandout')}
        </a>
        <a
          className="button button--secondary"
          href={listDownloadUrl(list.id)}
          download
          data-testid="download-list"
        >
          {t('readingLists.downloadAll')}
        </a>
        {owner && (
          <button type="button" className="button button--danger" onClick={() => void deleteList()}>
            {t('readingLists.delete')}
          </button>
        )}
      </div>
      {deleteError && <ErrorNotice error={deleteError} />}
      {owner && (
        <ShareToggle
          listName={list.name}
          shared={list.shared}
          label={t('readingLists.share')}
          onToggle={editing.setShared}
        />
      )}
      <h2>{t('readingLists.items', { count })}</h2>
      {count === 0 ? (
        <p className="empty">{owner ? t('readingLists.empty') : t('readingLists.emptyShared')}</p>
      ) : (
        <ol className="plain-list reading-items" data-testid="reading-list-items">
          {list.items.map((item, i) => (
            <li key={item.id}>
              <ReadingListItemView
                item={item}
                position={i + 1}
                count={count}
                editing={owner ? { move, remove, saveNote } : null}
              />
            </li>
          ))}
        </ol>
      )}
      {owner && count > 0 && <MakeCopies source={{ listId: list.id }} name={list.name} />}
    </div>
  );
}

export function ReadingListPage({ id }: { id: number }) {
  const { readingLists } = usePortal();
  const role = useReadingListRole();
  const { result, reload } = useApiResult(`reading-list:${id}`, () => readingLists.list(id));
  return (
    <ResultView result={result} onRetry={reload}>
      {(list) => <ReadingListView key={list.id} initial={list} owner={role === 'owner'} />}
    </ResultView>
  );
}
