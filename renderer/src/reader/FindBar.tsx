// "Find in this document": a box, the number of matches, and previous/next.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindShortcut } from './use-find-shortcut.ts';

// Drawn rather than typed: the bundled Noto Sans has no arrow glyphs, and looking for one makes the
// browser fetch the Latin files of every other bundled font in turn.
function Chevron({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
      <path
        d={direction === 'up' ? 'M3 9l4-4 4 4' : 'M3 5l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function FindBar({
  value,
  onChange,
  summary,
  canStep,
  onStep,
}: {
  value: string;
  onChange(value: string): void;
  /** What was found, e.g. "12 matches on 5 pages"; null while nothing is being looked for. */
  summary: string | null;
  canStep: boolean;
  onStep(direction: 1 | -1): void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useFindShortcut(input);
  return (
    <form
      className="find-bar"
      role="search"
      aria-label={t('reader.findLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        if (canStep) onStep(1);
      }}
    >
      <input
        ref={input}
        type="search"
        className="find-bar__input"
        value={value}
        placeholder={t('reader.findPlaceholder')}
        aria-label={t('reader.findLabel')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.shiftKey) {
            event.preventDefault();
            if (canStep) onStep(-1);
          }
        }}
        data-testid="find-input"
      />
      <button
        type="button"
        className="icon-button"
        onClick={() => onStep(-1)}
        disabled={!canStep}
        aria-label={t('reader.previousMatch')}
      >
        <Chevron direction="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onStep(1)}
        disabled={!canStep}
        aria-label={t('reader.nextMatch')}
      >
        <Chevron direction="down" />
      </button>
      <span className="find-bar__status" role="status" aria-live="polite" data-testid="find-status">
        {summary}
      </span>
    </form>
  );
}

/** The find bar of a reader that finds in one text: how many matches, and a step through them. */
export function MatchFindBar({
  value,
  count,
  active,
  onChange,
  onActive,
}: {
  value: string;
  count: number;
  /** The match shown, counted from 0 (the reader wraps it round). */
  active: number;
  onChange(value: string): void;
  onActive(active: number): void;
}) {
  const { t } = useTranslation();
  return (
    <FindBar
      value={value}
      onChange={(text) => {
        onChange(text);
        onActive(0);
      }}
      summary={value ? (count ? t('reader.matchCount', { count }) : t('reader.noMatches')) : null}
      canStep={count > 0}
      onStep={(direction) => onActive(active + direction)}
    />
  );
}
