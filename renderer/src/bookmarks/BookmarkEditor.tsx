// One bookmark: where it points, its note (editable), and a delete button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Bookmark, BookmarkInput } from '#shared/api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NoteForm } from '../components/NoteForm.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { href } from '../router/routes.ts';

export function BookmarkEditor({
  bookmark,
  onSave,
  onDelete,
  onOpenPage,
  pageLabels = null,
}: {
  bookmark: Bookmark;
  /** The document's printed page labels, where the bookmark's own document is known. */
  pageLabels?: readonly (string | null)[] | null;
  onSave(input: BookmarkInput): Promise<ApiError | null>;
  onDelete(id: number): Promise<ApiError | null>;
  /** Opens a page in the reader on screen instead of following the link. */
  onOpenPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const where =
    bookmark.page === null
      ? t('bookmarks.wholeDocument')
      : t('bookmarks.page', { page: pageLabels?.[bookmark.page - 1] ?? bookmark.page });
  const updated = format.moment(bookmark.updatedAt);

  const run = async (work: () => Promise<ApiError | null>, done: string) => {
    setBusy(true);
    const failed = await work();
    setBusy(false);
    setError(failed);
    if (!failed) announce(done);
  };

  return (
    <div className="bookmark" data-testid="bookmark-item" data-page={bookmark.page ?? ''}>
      <div className="bookmark__head">
        {bookmark.page !== null && onOpenPage ? (
          <button
            type="button"
            className="link-button bookmark__where"
            onClick={() => onOpenPage(bookmark.page!)}
          >
            {where}
          </button>
        ) : (
          <a className="bookmark__where" href={href.document(bookmark.documentId, bookmark.page)}>
            {where}
          </a>
        )}
        <span className="muted bookmark__date">{t('bookmarks.updated', { date: updated })}</span>
      </div>
      <NoteForm
        saved={bookmark.note}
        label={t('bookmarks.noteFor', { where })}
        placeholder={t('bookmarks.notePlaceholder')}
        saveLabel={t('bookmarks.saveNote')}
        busy={busy}
        onSave={(note) =>
          void run(
            () => onSave({ documentId: bookmark.documentId, page: bookmark.page, note }),
            t('bookmarks.noteSaved'),
          )
        }
        className="bookmark__form"
        actionsClassName="bookmark__actions"
        testId="bookmark-note"
      >
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void run(() => onDelete(bookmark.id), t('bookmarks.deleted', { where }))}
          aria-label={t('bookmarks.deleteLabel', { where })}
        >
          {t('bookmarks.delete')}
        </button>
      </NoteForm>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
