// The passages highlighted in one document, in reading order, each with its note: shown with the
// document's bookmarks and notes.
import { useTranslation } from 'react-i18next';
import { ResultView } from '../components/ResultView.tsx';
import { HighlightEditor } from './HighlightEditor.tsx';
import type { HighlightList } from './use-highlights.ts';

export function DocumentHighlights({
  list,
  onOpenPage,
  pageLabels = null,
}: {
  list: HighlightList;
  pageLabels?: readonly (string | null)[] | null;
  onOpenPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <ResultView
      result={list.result}
      onRetry={list.reload}
      failedTitle={t('errors.highlightsFailed')}
    >
      {(highlights) => (
        <section className="notes__highlights" data-testid="document-highlights">
          <h3>{t('highlights.title')}</h3>
          {highlights.length === 0 ? (
            <p className="muted">{t('highlights.noneHere')}</p>
          ) : (
            <ul className="plain-list">
              {highlights.map((h) => (
                <li key={`${h.id}:${h.updatedAt}`}>
                  <HighlightEditor
                    highlight={h}
                    onUpdate={list.update}
                    onDelete={list.remove}
                    onOpenPage={onOpenPage}
                    pageLabels={pageLabels}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </ResultView>
  );
}
