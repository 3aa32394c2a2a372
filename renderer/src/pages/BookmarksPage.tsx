// Every bookmark, note and highlighted passage, grouped by document, most recently changed first,
// with a filter over notes and passages and the highlights' exports.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import { compareInReadingOrder } from '#shared/highlights.ts';
import { usePortal } from '../api/portal-context.tsx';
import { BookmarkEditor } from '../bookmarks/BookmarkEditor.tsx';
import { useBookmarks } from '../bookmarks/use-bookmarks.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView, retryable } from '../components/ResultView.tsx';
import { HighlightEditor } from '../highlights/HighlightEditor.tsx';
import type { CitedDocument } from '../highlights/export-markdown.ts';
import { HighlightExports } from '../highlights/HighlightExports.tsx';
import { noteFilter } from '../highlights/note-filter.ts';
import { useCitedDocuments } from '../highlights/use-cited-documents.ts';
import { useHighlights } from '../highlights/use-highlights.ts';
import { href } from '../router/routes.ts';

interface Group {
  bookmarks: Bookmark[];
  highlights: Highlight[];
}

/** By document, in the order of the most recently changed bookmark or highlight first. */
function byDocument(bookmarks: Bookmark[], highlights: Highlight[]): [string, Group][] {
  const groups = new Map<string, Group>();
  const groupOf = (id: string) => {
    const group = groups.get(id) ?? { bookmarks: [], highlights: [] };
    groups.set(id, group);
    return group;
  };
  const changed = [
    ...bookmarks.map((b) => ({
      at: b.updatedAt,
      add: () => groupOf(b.documentId).bookmarks.push(b),
    })),
    ...highlights.map((h) => ({
      at: h.updatedAt,
      add: () => groupOf(h.documentId).highlights.push(h),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  for (const item of changed) item.add();
  for (const group of groups.values()) {
    group.bookmarks.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
    group.highlights.sort(compareInReadingOrder);
  }
  return [...groups];
}

export function BookmarksPage() {
  const { t } = useTranslation();
  const { bookmarks: store } = usePortal();
  const { result, save, remove, reload } = useBookmarks(null);
  const highlightList = useHighlights(null);
  const cited = useCitedDocuments();
  const documents = cited.result?.ok ? cited.result.value : new Map<string, CitedDocument>();
  const filterId = useId();
  const [typed, setTyped] = useState('');
  const allHighlights = highlightList.result?.ok ? highlightList.result.value : [];
  const filter = noteFilter(typed);

  return (
    <div className="bookmarks-page">
      <PageTitle title={t('bookmarks.title')} />
      <ResultView
        result={cited.result?.ok === false ? cited.result : cited.result && result}
        onRetry={cited.result?.ok === false ? cited.reload : reload}
        failedTitle={t('errors.notesFailed')}
      >
        {(list) => {
          const bookmarks = list.filter(filter.bookmark);
          const highlights = allHighlights.filter(filter.highlight);
          const nothing = list.length === 0 && allHighlights.length === 0;
          return (
            <>
              <p className="lead">
                {store.location() === 'browser'
                  ? t('bookmarks.keptInBrowser')
                  : t('bookmarks.keptInLibrary')}
              </p>
              {!nothing && (
                <div className="passage-filter">
                  <label htmlFor={filterId}>{t('highlights.filter')}</label>
                  <input
                    id={filterId}
                    type="search"
                    value={typed}
                    placeholder={t('highlights.filterPlaceholder')}
                    onChange={(event) => setTyped(event.target.value)}
                    data-testid="note-filter"
                  />
                </div>
              )}
              <HighlightExports highlights={highlights} documents={documents} />
              <p className="result-count" aria-live="polite">
                <span data-testid="bookmark-count">
                  {t('bookmarks.count', { count: bookmarks.length })}
                </span>
                {allHighlights.length > 0 && (
                  <>
                    {' · '}
                    <span data-testid="highlight-count">
                      {t('highlights.count', { count: highlights.length })}
                    </span>
                  </>
                )}
              </p>
              {highlightList.result && !highlightList.result.ok && (
                <ErrorNotice
                  error={highlightList.result.error}
                  title={t('errors.highlightsFailed')}
                  onRetry={retryable(highlightList.result.error) ? highlightList.reload : undefined}
                />
              )}
              {nothing ? (
                <p className="empty">{t('bookmarks.none')}</p>
              ) : bookmarks.length === 0 && highlights.length === 0 ? (
                <p className="empty">{t('highlights.noMatch', { text: typed })}</p>
              ) : (
                <ul className="plain-list bookmark-groups" data-testid="bookmark-list">
                  {byDocument(bookmarks, highlights).map(([documentId, group]) => (
                    <li key={documentId} className="bookmark-group panel">
                      <h2 className="bookmark-group__title">
                        <a href={href.document(documentId)}>
                          {documents.get(documentId)?.title ?? t('bookmarks.unknownDocument')}
                        </a>
                      </h2>
                      <ul className="plain-list">
                        {group.bookmarks.map((b) => (
                          <li key={`${b.id}:${b.updatedAt}`}>
                            <BookmarkEditor bookmark={b} onSave={save} onDelete={remove} />
                          </li>
                        ))}
                        {group.highlights.map((h) => (
                          <li key={`highlight:${h.id}:${h.updatedAt}`}>
                            <HighlightEditor
                              highlight={h}
                              onUpdate={highlightList.update}
                              onDelete={highlightList.remove}
                            />
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </ResultView>
    </div>
  );
}
