// Reads a Markdown or HTML document: its bytes fetched from files/<id>, sanitised and rendered,
// with the search terms highlighted and find in the document.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MatchFindBar } from '../FindBar.tsx';
import { clearMarks, markMatches, textNodesUnder } from '../highlight/mark-text.ts';
import { QueryHighlightBar } from '../QueryHighlightBar.tsx';
import { useMatching } from '../use-matching.ts';
import { renderMarkup } from './render-markup.ts';
import type { MarkupFormat } from './render-markup.ts';

function cyclic(index: number, length: number): number {
  return length === 0 ? 0 : ((index % length) + length) % length;
}

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
  const [findText, setFindText] = useState('');
  const [active, setActive] = useState(0);
  const [findCount, setFindCount] = useState(0);
  const { queryExpression, findExpression } = useMatching(query, findText, null);

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
    clearMarks(root);
    const queryMarks = queryExpression
      ? markMatches(textNodesUnder(root), queryExpression, 'hl--query', '')
      : [];
    const findMarks = findExpression
      ? markMatches(textNodesUnder(root), findExpression, 'hl--find', '')
      : [];
    setFindCount(findMarks.length);
    const current = findExpression ? findMarks[cyclic(active, findMarks.length)] : queryMarks[0];
    if (findExpression) current?.forEach((mark) => mark.classList.add('hl--active'));
    current?.[0]?.scrollIntoView({ block: 'center' });
  }, [text, queryExpression, findExpression, active]);

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
