// A document shown as the engine's text, page by page: for formats the browser cannot draw
// (Word files, plain text, catalog entries) and as the fallback when a PDF cannot be opened.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { ResultView } from '../components/ResultView.tsx';
import { MatchFindBar } from './FindBar.tsx';
import { clearMarks, markMatches, textNodesUnder } from './highlight/mark-text.ts';
import { QueryHighlightBar } from './QueryHighlightBar.tsx';
import { useMatching } from './use-matching.ts';

function cyclic(index: number, length: number): number {
  return length === 0 ? 0 : ((index % length) + length) % length;
}

export function TextPagesReader({
  documentId,
  page,
  query,
  onClearQuery,
}: {
  documentId: string;
  page: number | null;
  query: string;
  onClearQuery(): void;
}) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result } = useApiResult(`pages:${documentId}`, () => api.getPages(documentId));
  const container = useRef<HTMLDivElement>(null);
  const [findText, setFindText] = useState('');
  const [active, setActive] = useState(0);
  const [findCount, setFindCount] = useState(0);
  const pages = result?.ok ? result.value : null;
  const { queryExpression, findExpression, queryMatches } = useMatching(query, findText, pages);

  useEffect(() => {
    const root = container.current;
    if (pages === null || root === null) return;
    clearMarks(root);
    if (queryExpression) markMatches(textNodesUnder(root), queryExpression, 'hl--query', '\n');
    const findMarks = findExpression
      ? markMatches(textNodesUnder(root), findExpression, 'hl--find', '\n')
      : [];
    setFindCount(findMarks.length);
    const current = findMarks[cyclic(active, findMarks.length)];
    current?.forEach((mark) => mark.classList.add('hl--active'));
    const target =
      current?.[0] ?? (page ? root.querySelector(`[data-page-number="${page}"]`) : null);
    target?.scrollIntoView({ block: current ? 'center' : 'start' });
  }, [pages, queryExpression, findExpression, active, page]);

  const scrollToPage = (n: number) =>
    container.current
      ?.querySelector(`[data-page-number="${n}"]`)
      ?.scrollIntoView({ block: 'start' });

  return (
    <div className="reader reader--text" data-testid="text-reader">
      <div className="reader-toolbar" role="group" aria-label={t('reader.controls')}>
        <MatchFindBar
          value={findText}
          count={findCount}
          active={active}
          onChange={setFindText}
          onActive={setActive}
        />
      </div>
      <QueryHighlightBar
        query={query}
        matches={queryMatches}
        current={page}
        onSelectPage={scrollToPage}
        onClear={onClearQuery}
      />
      <ResultView result={result}>
        {(list) => (
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
        )}
      </ResultView>
    </div>
  );
}
