// The parts of passage highlighting a reader places in its own layout: the "Highlight selection"
// button for its toolbar and the notice of highlights its page no longer shows.
import { useTranslation } from 'react-i18next';
import type { Highlight } from '#shared/highlights.ts';

export function HighlightSelectionButton({
  disabled,
  onClick,
}: {
  disabled: boolean;
  onClick(): void;
}) {
  const { t } = useTranslation();
  return (
    // Focusable even without a selection, so that the focus can come back here from the toolbar.
    <button
      type="button"
      className="button button--secondary highlight-selection"
      aria-disabled={disabled}
      // Pressing keeps the selection on the page.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onClick();
      }}
      data-testid="highlight-selection"
    >
      {t('highlights.highlightSelection')}
    </button>
  );
}

export function MissingPassages({ missing }: { missing: Highlight[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <div className="notice passage-missing" role="status" data-testid="passages-not-found">
      <p>{t('highlights.notFound', { count: missing.length })}</p>
      <ul>
        {missing.map((h) => (
          <li key={h.id}>
            <q>{h.exact}</q>
            {h.note && <span className="muted"> — {h.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
