// One item of a reading list: its document and page (a link to them), its citation and its note.
// For the list's owner the note is editable and the item can be moved up or down or removed; the
// buttons carry data-action so that focus can follow an item that moved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { ReadingListItem } from '#shared/reading-lists.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NoteForm } from '../components/NoteForm.tsx';
import { CitationText } from '../document/CitationText.tsx';
import { useCite } from '../document/use-cite.ts';
import { href } from '../router/routes.ts';
import { itemCitation, itemLabel, itemPlace, itemTitle } from './item-labels.ts';

export interface ItemEditing {
  move(itemId: number, by: -1 | 1): Promise<ApiError | null>;
  remove(itemId: number): Promise<ApiError | null>;
  saveNote(itemId: number, note: string): Promise<ApiError | null>;
}

export function ReadingListItemView({
  item,
  position,
  count,
  editing,
}: {
  item: ReadingListItem;
  /** 1-based. */
  position: number;
  count: number;
  /** Null for a read-only list (a classroom visitor's view). */
  editing: ItemEditing | null;
}) {
  const { t } = useTranslation();
  const cite = useCite();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = itemLabel(item, t);

  const run = async (work: () => Promise<ApiError | null>) => {
    setBusy(true);
    const failed = await work();
    setBusy(false);
    setError(failed);
  };

  return (
    <article
      className="reading-item"
      data-testid="reading-list-item"
      data-item-id={item.id}
      data-document-id={item.documentId}
      data-page={item.page ?? ''}
      aria-label={label}
    >
      <div className="reading-item__head">
        <h3 className="reading-item__title">
          {item.document ? (
            <a href={href.document(item.documentId, item.page)}>{itemTitle(item, t)}</a>
          ) : (
            itemTitle(item, t)
          )}
        </h3>
        <span className="reading-item__place">{itemPlace(item, t)}</span>
      </div>
      <p className="reading-item__citation muted" data-testid="reading-list-citation">
        <CitationText parts={itemCitation(item, cite, t)} />
      </p>
      {editing ? (
        <NoteForm
          saved={item.note}
          label={t('readingLists.itemNoteFor', { item: label })}
          placeholder={t('readingLists.notePlaceholder')}
          saveLabel={t('readingLists.saveNote')}
          busy={busy}
          onSave={(note) => void run(() => editing.saveNote(item.id, note))}
          className="reading-item__form"
          actionsClassName="reading-item__actions"
          testId="reading-list-item-note"
        >
          <button
            type="button"
            className="button button--small button--secondary"
            data-action="up"
            disabled={position === 1}
            aria-label={t('readingLists.moveUp', { item: label })}
            onClick={() => void run(() => editing.move(item.id, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            data-action="down"
            disabled={position === count}
            aria-label={t('readingLists.moveDown', { item: label })}
            onClick={() => void run(() => editing.move(item.id, 1))}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            disabled={busy}
            aria-label={t('readingLists.removeLabel', { item: label })}
            onClick={() => void run(() => editing.remove(item.id))}
          >
            {t('readingLists.remove')}
          </button>
        </NoteForm>
      ) : (
        item.note && <p className="reading-item__note">{item.note}</p>
      )}
      {error && <ErrorNotice error={error} />}
    </article>
  );
}
