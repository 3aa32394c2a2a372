// "Add to reading list": a disclosure listing the user's reading lists, each a button that adds
// the document (or the page in view) to it, and a field that makes a new list with it. Escape or
// a click elsewhere closes it; focus returns to the button. Classroom visitors do not see it.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '#shared/api.ts';
import type { ReadingListSummary } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { useReadingListRole } from './use-reading-list-role.ts';

export function AddToReadingList({
  documentId,
  page,
  pageLabel = null,
  buttonClassName = 'button button--secondary',
}: {
  documentId: string;
  /** The page to add, or null for the whole document. */
  page: number | null;
  /** The page's printed label ("iii", "12"), shown instead of its number where the file has one. */
  pageLabel?: string | null;
  buttonClassName?: string;
}) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const role = useReadingListRole();
  const announce = useAnnounce();
  const panelId = useId();
  const nameId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<Result<ReadingListSummary[]> | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const loaded = lists !== null;

  useEffect(() => {
    if (!open || !loaded) return;
    panel.current?.querySelector<HTMLElement>('button, input')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, loaded]);

  if (role !== 'owner') return null;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const toggle = () => {
    setError(null);
    if (open) return close();
    setOpen(true);
    loadLists();
  };

  const loadLists = () => {
    setLists(null);
    void settle(() => api.listReadingLists()).then(setLists);
  };

  const add = async (listId: number, listName: string) => {
    const added = await settle(() => api.addReadingListItem({ listId, documentId, page }));
    if (!added.ok) return setError(added.error);
    close();
    announce(t('readingLists.added', { name: listName }));
  };

  const createAndAdd = async (event: FormEvent) => {
    event.preventDefault();
    const created = await settle(() => api.createReadingList({ name }));
    if (!created.ok) return setError(created.error);
    setName('');
    await add(created.value.id, created.value.name);
  };

  return (
    <div
      className="add-to-list"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        data-testid="add-to-list"
      >
        {page === null
          ? t('readingLists.addDocument')
          : t('readingLists.addPage', { page: pageLabel ?? page })}
      </button>
      <div
        ref={panel}
        id={panelId}
        className="add-to-list__panel"
        role="group"
        aria-label={t('readingLists.chooseList')}
        hidden={!open}
        data-testid="add-to-list-panel"
      >
        {lists === null ? (
          <Loading />
        ) : !lists.ok ? (
          <ErrorNotice error={lists.error} onRetry={loadLists} />
        ) : (
          lists.value.length > 0 && (
            <ul className="plain-list add-to-list__lists">
              {lists.value.map((list) => (
                <li key={list.id}>
                  <button
                    type="button"
                    className="add-to-list__choice"
                    onClick={() => void add(list.id, list.name)}
                  >
                    {t('readingLists.addTo', { name: list.name })}
                  </button>
                </li>
              ))}
            </ul>
          )
        )}
        <form className="add-to-list__new" onSubmit={(event) => void createAndAdd(event)}>
          <label htmlFor={nameId}>{t('readingLists.newListName')}</label>
          <input
            id={nameId}
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--small" disabled={name.trim() === ''}>
            {t('readingLists.createAndAdd')}
          </button>
        </form>
        {error && <ErrorNotice error={error} />}
      </div>
    </div>
  );
}
