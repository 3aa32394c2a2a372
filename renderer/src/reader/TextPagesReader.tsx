// A document shown as the engine's text, page by page: for formats the browser cannot draw
// (Word files, plain text, catalog entries) and as the fallback when a PDF cannot be opened. A
// long document's pages come in windows, the page asked for first; every page has its place from
// the start, so a late page can be scrolled to before the pages before it have come.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
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
import { usePageTexts } from './use-page-texts.ts';
import type { PageTexts } from './use-page-texts.ts';

/** Every page's place, with its text once its window has come (null until then). */
function pageNumbers(
  pageCount: number,
  { pages, complete }: PageTexts,
): { page: number; text: string | null }[] {
  if (complete) return pages.map((p) => ({ page: p.page, text: p.text }));
  const texts = new Map(pages.map((p) => [p.page, p.text]));
  const last = Math.max(pageCount, pages.at(-1)?.page ?? 0);
  return Array.from({ length: last }, (_, i) => ({ page: i + 1, text: texts.get(i + 1) ?? null }));
}

/** The text of one page, where its passages are highlighted. */
const pageTextRoot = (host: Element, page: number) =>
  host.querySelector(`[data-page-number="${page}"] .text-page__text`);

export function TextPagesReader({
  documentId,
  pageCount,
  page,
  query,
  onClearQuery,
  passages: passageList,
}: {
  documentId: string;
  /** How many pages of text the library holds for the document. */
  pageCount: number;
  page: number | null;
  query: string;
  onClearQuery(): void;
  /** The document's passage highlights, shown on their pages; none without them. */
  passages?: HighlightList;
}) {
  const { t } = useTranslation();
  const texts = usePageTexts(documentId, true, pageCount, page ?? 1);
  const container = useRef<HTMLDivElement>(null);
  const { findText, active, setFindCount, findBar } = useMatchFind();
  const pages = texts?.pages ?? null;
  // What the reader last scrolled to, so windows of pages coming later do not move it again.
  const scrolledTo = useRef<string | null>(null);
  const { queryHighlighter, findHighlighter, queryMatches } = useMatching(query, findText, pages);
  const [passageHost, setPassageHost] = useState<HTMLDivElement | null>(null);
  const passages = usePassageHighlighting(documentId, passageList, passageHost, '.text-page__text');

  useEffect(() => {
    const root = container.current;
    if (pages === null || root === null) return;
    const marks = markQueryAndFind(root, queryHighlighter, findHighlighter, '\n');
    setFindCount(marks.find.length);
    const current = markActive(wrappedMatch(marks.find, active));
    const aim = current ? `match ${active} of ${findText}` : `page ${page}`;
    if (scrolledTo.current === aim) return;
    scrolledTo.current = aim;
    const target =
      current?.[0] ?? (page ? root.querySelector(`[data-page-number="${page}"]`) : null);
    target?.scrollIntoView({ block: current ? 'center' : 'start' });
  }, [pages, queryHighlighter, findHighlighter, active, findText, page, setFindCount]);

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
      {texts === null ? (
        <Loading />
      ) : texts.error && texts.pages.length === 0 ? (
        <ErrorNotice error={texts.error} onRetry={texts.retry} />
      ) : (
        <div ref={setPassageHost} className="passage-host">
          <div ref={container} className="text-pages">
            {texts.complete && texts.pages.length === 0 && (
              <p className="empty">{t('reader.noText')}</p>
            )}
            {pageNumbers(pageCount, texts).map(({ page: n, text }) => (
              <section
                key={n}
                className="text-page"
                data-testid="reader-page"
                data-page-number={n}
                aria-label={t('reader.pageRegion', { page: n })}
                aria-busy={text === null}
              >
                <h2 className="text-page__number">{t('reader.pageNumber', { page: n })}</h2>
                {text === null ? (
                  <div className="text-page__pending" />
                ) : (
                  <p className="text-page__text">{text}</p>
                )}
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
    </div>
  );
}
