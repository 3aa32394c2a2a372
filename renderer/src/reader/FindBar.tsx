// "Find in this document": a box, the number of matches, and previous/next.
import { useTranslation } from 'react-i18next';

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
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onStep(1)}
        disabled={!canStep}
        aria-label={t('reader.nextMatch')}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <span className="find-bar__status" role="status" aria-live="polite" data-testid="find-status">
        {summary}
      </span>
    </form>
  );
}
