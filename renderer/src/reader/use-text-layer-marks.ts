// The search terms and the find text marked in a page's text layer (a PDF page's own, or the
// words OCR recognised on a page image), the current find match brought into view: redrawn
// whenever the page is ready, or the query, the find text or the current match changes.
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { Highlighter } from './highlight/highlighter.ts';
import { markActive, markQueryAndFind } from './highlight/query-and-find-marks.ts';
import { revealInViewport } from './scroll.ts';

export function useTextLayerMarks(
  textHolder: RefObject<HTMLElement | null>,
  ready: boolean,
  queryHighlighter: Highlighter | null,
  findHighlighter: Highlighter | null,
  /** The current find match on the page, from 0; -1 for its last one. */
  activeFind: number,
  /** Told how many find matches the page has. */
  findMatches: (count: number) => void,
): void {
  const onFindMatches = useEffectEvent(findMatches);
  useEffect(() => {
    const layer = textHolder.current?.querySelector('.textLayer');
    if (!ready || !layer) return;
    const marks = markQueryAndFind(layer, queryHighlighter, findHighlighter);
    onFindMatches(marks.find.length);
    const activeIndex = activeFind < 0 ? marks.find.length - 1 : activeFind;
    const active = findHighlighter ? markActive(marks.find[activeIndex]) : marks.query[0];
    if (active?.[0]) revealInViewport(active[0]);
  }, [textHolder, ready, queryHighlighter, findHighlighter, activeFind]);
}
