// The "Text view" of a PDF page: the engine's text of the page as paragraphs in the interface's
// own type, which reflow to any screen, instead of the printed page drawn small on a phone. The
// search terms and the find text are marked as on the page image.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import type { Highlighter } from '../highlight/highlighter.ts';
import { markQueryAndFind } from '../highlight/query-and-find-marks.ts';
import { reflowParagraphs } from '../reflow-text.ts';
import type { PageTexts } from '../use-page-texts.ts';

interface Props {
  /** The document's pages of text fetched so far; the page shows once its window has come. */
  texts: PageTexts | null;
  page: number;
  queryHighlighter: Highlighter | null;
  findHighlighter: Highlighter | null;
}

export function PageTextView({ texts, page, queryHighlighter, findHighlighter }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const found = texts?.pages.find((p) => p.page === page);
  const text = found?.text ?? '';

  useEffect(() => {
    if (section.current) markQueryAndFind(section.current, queryHighlighter, findHighlighter);
  }, [text, queryHighlighter, findHighlighter]);

  if (texts === null || (found === undefined && !texts.complete)) return <Loading />;
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
