// Find in a reader that shows one page at a time (PDF pages, page images): the text looked for,
// which match on the page in view is the current one, and stepping from match to match, on to the
// next page that has one when the page's own are done. Counting the matches per page is
// useMatching's; the page view reports how many it marked (setOnPage).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adjacentMatchPage, type PageMatches } from './highlight/page-matches.ts';

export interface PageFind {
  text: string;
  /** The current match on the page in view, from 0; -1 for its last one. */
  active: number;
  /** How many matches the page in view marked. */
  onPage: number;
  /** The text typed: the first match becomes the current one. */
  change(text: string): void;
  /** A new page is shown: its first match is the current one. The same function every render. */
  restart(): void;
  setOnPage(count: number): void;
  /** The next (1) or previous (-1) match, turning to the page that has it. */
  step(
    direction: 1 | -1,
    matches: PageMatches | null,
    current: number,
    onPageChange: (page: number) => void,
  ): void;
  /** "3 matches on 2 pages", "Finding…", "No matches"; null when nothing is looked for. */
  summary(matches: PageMatches | null): string | null;
}

export function usePageFind(): PageFind {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [onPage, setOnPage] = useState(0);
  const restart = useCallback(() => setActive(0), []);
  return {
    text,
    active,
    onPage,
    change(next) {
      setText(next);
      setActive(0);
    },
    restart,
    setOnPage,
    step(direction, matches, current, onPageChange) {
      const next = (active < 0 ? onPage - 1 : active) + direction;
      if (next >= 0 && next < onPage) {
        setActive(next);
        return;
      }
      const target = matches ? adjacentMatchPage(matches, current, direction) : null;
      if (target === null) return;
      if (target !== current) onPageChange(target);
      setActive(direction === 1 ? 0 : -1);
    },
    summary(matches) {
      if (text === '') return null;
      if (matches === null) return t('reader.finding');
      if (matches.total === 0) return t('reader.noMatches');
      return `${t('reader.matchCount', { count: matches.total })} ${t('reader.onPageCount', { count: matches.pages.length })}`;
    },
  };
}
