// The bookmarks, notes and highlighted passages a user keeps on this document.
import { useTranslation } from 'react-i18next';
import { BookmarkEditor } from '../bookmarks/BookmarkEditor.tsx';
import type { BookmarkList } from '../bookmarks/use-bookmarks.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { DocumentHighlights } from '../highlights/DocumentHighlights.tsx';
import type { HighlightList } from '../highlights/use-highlights.ts';

export function NotesPanel({
  documentId,
  list,
  highlights,
  onOpenPage,
  pageLabels = null,
}: {
  documentId: string;
  /** The document's printed page labels: notes name pages as the pages print them. */
  pageLabels?: readonly (string | null)[] | null;
  list: BookmarkList;
  highlights?: HighlightList;
  onOpenPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  return (
    <>
      <ResultView result={list.result} onRetry={list.reload} failedTitle={t('errors.notesFailed')}>
        {(bookmarks) => (
          <div className="notes" data-testid="notes-panel">
            {bookmarks.length === 0 && <p className="muted">{t('bookmarks.noneHere')}</p>}
            <ul className="plain-list">
              {bookmarks.map((b) => (
                <li key={`${b.id}:${b.updatedAt}`}>
                  <BookmarkEditor
                    bookmark={b}
                    onSave={list.save}
                    onDelete={list.remove}
                    onOpenPage={onOpenPage}
                    pageLabels={pageLabels}
                  />
                </li>
              ))}
            </ul>
            {!bookmarks.some((b) => b.page === null) && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void list
                    .save({ documentId, page: null, note: '' })
                    .then((failed) =>
                      announce(failed ? failed.message : t('bookmarks.documentNoteAdded')),
                    )
                }
              >
                {t('bookmarks.addDocumentNote')}
              </button>
            )}
          </div>
        )}
      </ResultView>
      {highlights && (
        <DocumentHighlights list={highlights} onOpenPage={onOpenPage} pageLabels={pageLabels} />
      )}
    </>
  );
}
