// Reads a Markdown or HTML document: its bytes fetched from files/<id>, sanitised and rendered,
// with the search terms highlighted and find in the document.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PassageMarks } from '../../highlights/PassageMarks.tsx';
import { PassageToolbar } from '../../highlights/PassageToolbar.tsx';
import { HighlightSelectionButton, MissingPassages } from '../../highlights/ReaderPassageParts.tsx';
import type { HighlightList } from '../../highlights/use-highlights.ts';
import { usePassageHighlighting } from '../../highlights/use-passage-highlighting.ts';
import { Loading } from '../../components/Loading.tsx';
import { MatchFindBar } from '../FindBar.tsx';
import { markActive, markQueryAndFind, wrappedMatch } from '../highlight/query-and-find-marks.ts';
import { QueryHighlightBar } from '../QueryHighlightBar.tsx';
import { useMatchFind } from '../use-match-find.ts';
import { useMatching } from '../use-matching.ts';
import { renderMarkup } from './render-markup.ts';
import type { MarkupFormat } from './render-markup.ts';

/** The rendered document: one page of text, where passages are highlighted. */
const markupRoot = (host: Element) => host.querySelector('.markup-document');

export function MarkupReader({
  url,
  format,
  query,
  onClearQuery,
  documentId = '',
  passages: passageList,
}: {
  url: string;
  format: MarkupFormat;
  query: string;
  onClearQuery(): void;
  documentId?: string;
  /** The document's passage highlights, shown on it; none without them. */
  passages?: HighlightList;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [source, setSource] = useState<
    { url: string; text: string } | { url: string; error: string; unreachable: boolean } | null
  >(null);
  const [attempt, setAttempt] = useState(0);
  const { findText, active, setFindCount, findBar } = useMatchFind();
  const { queryHighlighter, findHighlighter } = useMatching(query, findText, null);
  const [passageHost, setPassageHost] = useState<HTMLDivElement | null>(null);
  const passages = usePassageHighlighting(documentId, passageList, passageHost, '.markup-document');

  useEffect(() => {
    let live = true;
    fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        const text = await response.text();
        if (live) setSource({ url, text });
      })
      .catch((error: unknown) => {
        if (!live) return;
        // fetch rejects with a TypeError, in the browser's words, when nothing answered at all.
        const unreachable = error instanceof TypeError;
        setSource({
          url,
          error: error instanceof Error ? error.message : String(error),
          unreachable,
        });
      });
    return () => {
      live = false;
    };
  }, [url, attempt]);

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
        error={{
          code: 'failed',
          message: t('reader.fileUnavailable', { message: source.error }),
          ...(source.unreachable && { unreachable: true }),
        }}
        onRetry={() => {
          setSource(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }

  return (
    <div className="reader reader--markup" data-testid="markup-reader">
      <div className="reader-toolbar" role="group" aria-label={t('reader.controls')}>
        <MatchFindBar {...findBar} />
        {passages.enabled && <HighlightSelectionButton {...passages.button} />}
      </div>
      <QueryHighlightBar
        query={query}
        matches={null}
        current={null}
        onSelectPage={null}
        onClear={onClearQuery}
      />
      <MissingPassages missing={passages.missing} />
      <PassageToolbar {...passages.toolbar} />
      {text === null && <Loading label={t('reader.opening')} />}
      <div ref={setPassageHost} className="passage-host">
        <div ref={container} className="markup-document" data-testid="reader-page" />
        {passages.enabled && text !== null && (
          <PassageMarks
            highlights={passages.highlights}
            rootFor={markupRoot}
            onMissing={passages.onMissing}
          />
        )}
      </div>
    </div>
  );
}
