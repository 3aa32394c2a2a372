// A document shown as the engine's text, page by page: for formats the browser cannot draw
// (Word files, plain text, catalog entries) and as the fallback when a PDF cannot be opened.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { ResultView } from '../components/ResultView.tsx';
import { PassageMarks } from '../highlights/PassageMarks.tsx';
import { PassageToolbar } from '../highlights/PassageToolbar.tsx';
import { HighlightSelectionButton, MissingPassages } from '../highlights/ReaderPassageParts.tsx';
import type { HighlightList } from '../highlights/use-highlights.ts';
import { usePassageHighlighting } from '../highlights/use-passage-highlighting.ts';
import { MatchFindBar } from './FindBar.tsx';
import { markActive, markQueryAndFind, wrappedMatch } from './highlight/query-and-find-marks.ts';
import { QueryHighlightBar } from './QueryHighlightBar.tsx';
import { useMatchFind } from './use-match-find.ts';
import { useMatching } from './use-matching.ts';

/** The text of one page, where its passages are highlighted. */
const pageTextRoot = (host: Element, page: number) =>
  host.querySelector(`[data-page-number="${page}"] .text-page__text`);

export function TextPagesReader({
  documentId,
  page,
  query,
  onClearQuery,
  passages: passageList,
}: {
  documentId: string;
  page: number | null;
  query: string;
  onClearQuery(): void;
  /** The document's passage highlights, shown on their pages; none without them. */
  passages?: HighlightList;
}) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result, reload } = useApiResult(`pages:${documentId}`, () => api.getPages(documentId));
  const container = useRef<HTMLDivElement>(null);
  const { findText, active, setFindCount, findBar } = useMatchFind();
  const pages = result?.ok ? result.value : null;
  const { queryHighlighter, findHighlighter, queryMatches } = useMatching(query, findText, pages);
  const [passageHost, setPassageHost] = useState<HTMLDivElement | null>(null);
  const passages = usePassageHighlighting(documentId, passageList, passageHost, '.text-page__text');

  useEffect(() => {
    const root = container.current;
    if (pages === null || root === null) return;
    const marks = markQueryAndFind(root, queryHighlighter, findHighlighter, '\n');
    setFindCount(marks.find.length);
    const current = markActive(wrappedMatch(marks.find, active));
    const target =
      current?.[0] ?? (page ? root.querySelector(`[data-page-number="${page}"]`) : null);
    target?.scrollIntoView({ block: current ? 'center' : 'start' });
  }, [pages, queryHighlighter, findHighlighter, active, page, setFindCount]);

  const scrollToPage = (n: number) =>
    container.current
      ?.querySelector(`[data-page-number="${n}"]`)
      ?.scrollIntoView({ block: 'start' });

  return (
    <div className="reader reader--text" data-testid="text-reader">
      <div className="reader-toolbar" role="group" aria-label={t('reader.controls')}>
        <MatchFindBar {...findBar} />
        {passages.enabled && <HighlightSelectionButton {...passages.button} />}
      </div>
      <QueryHighlightBar
        query={query}
        matches={queryMatches}
        current={page}
        onSelectPage={scrollToPage}
        onClear={onClearQuery}
      />
      <MissingPassages missing={passages.missing} />
      <PassageToolbar {...passages.toolbar} />
      <ResultView result={result} onRetry={reload}>
        {(list) => (
          <div ref={setPassageHost} className="passage-host">
            <div ref={container} className="text-pages">
              {list.length === 0 && <p className="empty">{t('reader.noText')}</p>}
              {list.map((p) => (
                <section
                  key={p.page}
                  className="text-page"
                  data-testid="reader-page"
                  data-page-number={p.page}
                  aria-label={t('reader.pageRegion', { page: p.page })}
                >
                  <h2 className="text-page__number">{t('reader.pageNumber', { page: p.page })}</h2>
                  <p className="text-page__text">{p.text}</p>
                </section>
              ))}
            </div>
            {passages.enabled && (
              <PassageMarks
                highlights={passages.highlights}
                rootFor={pageTextRoot}
                onMissing={passages.onMissing}
              />
            )}
          </div>
        )}
      </ResultView>
    </div>
  );
}
