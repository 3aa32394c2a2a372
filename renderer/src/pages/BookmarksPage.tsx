// Every bookmark and note, grouped by document, most recently changed first.
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '#shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { BookmarkEditor } from '../bookmarks/BookmarkEditor.tsx';
import { useBookmarks } from '../bookmarks/use-bookmarks.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { href } from '../router/routes.ts';

const ALL = 5000;

function byDocument(bookmarks: Bookmark[]): [string, Bookmark[]][] {
  const groups = new Map<string, Bookmark[]>();
  for (const b of bookmarks) groups.set(b.documentId, [...(groups.get(b.documentId) ?? []), b]);
  return [...groups.entries()].map(([id, list]) => [
    id,
    list.sort((a, b) => (a.page ?? 0) - (b.page ?? 0)),
  ]);
}

export function BookmarksPage() {
  const { t } = useTranslation();
  const { api, bookmarks: store } = usePortal();
  const { result, save, remove } = useBookmarks(null);
  const { result: documents } = useApiResult('bookmarks:titles', () =>
    api.listDocuments({ limit: ALL }),
  );
  const titles = new Map(documents?.ok ? documents.value.map((d) => [d.id, d.title]) : []);

  return (
    <div className="bookmarks-page">
      <PageTitle title={t('bookmarks.title')} />
      <ResultView result={result}>
        {(list) => (
          <>
            <p className="lead">
              {store.location() === 'browser'
                ? t('bookmarks.keptInBrowser')
                : t('bookmarks.keptInLibrary')}
            </p>
            <p className="result-count" aria-live="polite" data-testid="bookmark-count">
              {t('bookmarks.count', { count: list.length })}
            </p>
            {list.length === 0 ? (
              <p className="empty">{t('bookmarks.none')}</p>
            ) : (
              <ul className="plain-list bookmark-groups" data-testid="bookmark-list">
                {byDocument(list).map(([documentId, items]) => (
                  <li key={documentId} className="bookmark-group panel">
                    <h2 className="bookmark-group__title">
                      <a href={href.document(documentId)}>
                        {titles.get(documentId) ?? t('bookmarks.unknownDocument')}
                      </a>
                    </h2>
                    <ul className="plain-list">
                      {items.map((b) => (
                        <li key={`${b.id}:${b.updatedAt}`}>
                          <BookmarkEditor bookmark={b} onSave={save} onDelete={remove} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ResultView>
    </div>
  );
}
