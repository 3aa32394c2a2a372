// Every highlighted passage as a page to print, like a reading list's handout: document by
// document, each quote with its citation and note (the print styles leave out the app's frame).
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { groupByDocument, highlightCitation } from '../highlights/export-markdown.ts';
import { useCitedDocuments } from '../highlights/use-cited-documents.ts';
import { useCiteAt } from '../highlights/use-cite-at.ts';
import { useHighlights } from '../highlights/use-highlights.ts';
import { href } from '../router/routes.ts';

export function HighlightsHandoutPage() {
  const { t } = useTranslation();
  const { result, reload } = useHighlights(null);
  const cited = useCitedDocuments();
  const citeAt = useCiteAt();
  const labels = { page: t('citation.page'), unknownDocument: t('bookmarks.unknownDocument') };
  return (
    <article className="handout" data-testid="highlights-handout" aria-labelledby="page-title">
      <div className="handout__controls no-print">
        <a href={href.bookmarks()}>{t('highlights.backToBookmarks')}</a>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('highlights.print')}
        </button>
      </div>
      <PageTitle title={t('highlights.title')} className="handout__title" />
      <ResultView
        result={cited.result}
        onRetry={cited.reload}
        failedTitle={t('errors.highlightsFailed')}
      >
        {(documents) => (
          <ResultView result={result} onRetry={reload} failedTitle={t('errors.highlightsFailed')}>
            {(highlights) =>
              highlights.length === 0 ? (
                <p className="empty">{t('highlights.none')}</p>
              ) : (
                groupByDocument(highlights, documents).map((group) => (
                  <section key={group.documentId}>
                    <h2>{group.document?.title ?? t('bookmarks.unknownDocument')}</h2>
                    <ol className="handout__items">
                      {group.highlights.map((h) => (
                        <li key={h.id} className="handout__item" data-testid="handout-item">
                          <blockquote className="handout__quote">{h.exact}</blockquote>
                          <p className="handout__citation" data-testid="handout-citation">
                            {highlightCitation(group, h, citeAt, labels)}
                          </p>
                          {h.note && <p className="handout__item-note">{h.note}</p>}
                        </li>
                      ))}
                    </ol>
                  </section>
                ))
              )
            }
          </ResultView>
        )}
      </ResultView>
    </article>
  );
}
