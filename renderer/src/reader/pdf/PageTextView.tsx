// The "Text view" of a PDF page: the engine's text of the page as paragraphs in the interface's
// own type, which reflow to any screen, instead of the printed page drawn small on a phone. The
// search terms and the find text are marked as on the page image.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageText } from '#shared/types.ts';
import { Loading } from '../../components/Loading.tsx';
import type { Highlighter } from '../highlight/highlighter.ts';
import { markQueryAndFind } from '../highlight/query-and-find-marks.ts';
import { reflowParagraphs } from '../reflow-text.ts';

interface Props {
  pages: PageText[] | null;
  page: number;
  queryHighlighter: Highlighter | null;
  findHighlighter: Highlighter | null;
}

export function PageTextView({ pages, page, queryHighlighter, findHighlighter }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const text = pages?.find((p) => p.page === page)?.text ?? '';

  useEffect(() => {
    if (section.current) markQueryAndFind(section.current, queryHighlighter, findHighlighter);
  }, [text, queryHighlighter, findHighlighter]);

  if (pages === null) return <Loading />;
  const paragraphs = reflowParagraphs(text);
  return (
    <section
      ref={section}
      className="page-text-view"
      data-testid="page-text-view"
      data-page-number={page}
      aria-label={t('reader.pageRegion', { page })}
    >
      {paragraphs.length === 0 ? (
        <p className="empty">{t('reader.noTextOnPage')}</p>
      ) : (
        paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)
      )}
    </section>
  );
}
