// Bookmarks the page in view (or the whole document when it has no pages to turn); pressed when
// it is bookmarked already, and pressing again removes the bookmark.
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '#shared/api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import type { BookmarkList } from '../bookmarks/use-bookmarks.ts';

export function BookmarkButton({
  documentId,
  page,
  pageLabel = null,
  list,
}: {
  documentId: string;
  page: number | null;
  /** The page's printed label ("iii", "12"), shown instead of its number where the file has one. */
  pageLabel?: string | null;
  list: BookmarkList;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const existing: Bookmark | undefined = list.result?.ok
    ? list.result.value.find((b) => b.page === page)
    : undefined;
  const shown = pageLabel ?? page;
  const where = page === null ? t('bookmarks.wholeDocument') : t('bookmarks.page', { page: shown });

  const toggle = async () => {
    if (existing) {
      if (existing.note && !window.confirm(t('bookmarks.confirmDelete', { where }))) return;
      const failed = await list.remove(existing.id);
      announce(failed ? failed.message : t('bookmarks.deleted', { where }));
    } else {
      const failed = await list.save({ documentId, page, note: '' });
      announce(failed ? failed.message : t('bookmarks.added', { where }));
    }
  };

  return (
    <button
      type="button"
      className={existing ? 'button button--secondary button--pressed' : 'button button--secondary'}
      aria-pressed={existing !== undefined}
      disabled={list.result === null}
      onClick={() => void toggle()}
      data-testid="bookmark-button"
      data-page={page ?? ''}
    >
      <span className="button__icon" aria-hidden="true">
        {existing ? '★' : '☆'}
      </span>
      {page === null
        ? t('bookmarks.bookmarkDocument')
        : t('bookmarks.bookmarkPage', { page: shown })}
    </button>
  );
}
