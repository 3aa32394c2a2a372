// Reads a Markdown or HTML document: its bytes fetched from files/<id>, sanitised and rendered,
// with the search terms highlighted and find in the document.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MatchFindBar } from '../FindBar.tsx';
import { markActive, markQueryAndFind, wrappedMatch } from '../highlight/query-and-find-marks.ts';
import { QueryHighlightBar } from '../QueryHighlightBar.tsx';
import { useMatchFind } from '../use-match-find.ts';
import { useMatching } from '../use-matching.ts';
import { renderMarkup } from './render-markup.ts';
import type { MarkupFormat } from './render-markup.ts';

export function MarkupReader({
  url,
  format,
  query,
  onClearQuery,
}: {
  url: string;
  format: MarkupFormat;
  query: string;
  onClearQuery(): void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [source, setSource] = useState<
    { url: string; text: string } | { url: string; error: string } | null
  >(null);
  const { findText, active, setFindCount, findBar } = useMatchFind();
  const { queryHighlighter, findHighlighter } = useMatching(query, findText, null);

  useEffect(() => {
    let live = true;
    fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        const text = await response.text();
        if (live) setSource({ url, text });
      })
      .catch((error: unknown) => {
        if (live) setSource({ url, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [url]);

  const text = source?.url === url && 'text' in source ? source.text : null;

  useEffect(() => {
    if (text === null || container.current === null) return;
    container.current.replaceChildren(renderMarkup(text, format));
  }, [text, format]);

  useEffect(() => {
    const root = container.current;
    if (text === null || root === null) return;
    const marks = markQueryAndFind(root, queryHighlighter, findHighlighter, '');
    setFindCount(marks.find.length);
    const current = findHighlighter ? markActive(wrappedMatch(marks.find, active)) : marks.query[0];
    current?.[0]?.scrollIntoView({ block: 'center' });
  }, [text, queryHighlighter, findHighlighter, active, setFindCount]);

  if (source?.url === url && 'error' in source) {
    return (
      <ErrorNotice
        error={{ code: 'failed', message: t('reader.fileUnavailable', { message: source.error }) }}
      />
    );
  }

  return (
    <div className="reader reader--markup" data-testid="markup-reader">
      <div className="reader-toolbar" role="group" aria-label={t('reader.controls')}>
        <MatchFindBar {...findBar} />
      </div>
      <QueryHighlightBar
        query={query}
        matches={null}
        current={null}
        onSelectPage={null}
        onClear={onClearQuery}
      />
      {text === null && <Loading label={t('reader.opening')} />}
      <div ref={container} className="markup-document" data-testid="reader-page" />
    </div>
  );
}
