// Says which search terms are highlighted and on which pages they occur, with a way to stop.
import { useTranslation } from 'react-i18next';
import type { PageMatches } from './highlight/page-matches.ts';

const PAGES_LISTED = 12;

export function QueryHighlightBar({
  query,
  matches,
  current,
  onSelectPage,
  onClear,
}: {
  query: string;
  matches: PageMatches | null;
  current: number | null;
  onSelectPage: ((page: number) => void) | null;
  onClear(): void;
}) {
  const { t } = useTranslation();
  if (!query) return null;
  return (
    <div className="query-bar" data-testid="query-highlight">
      <span className="query-bar__swatch" aria-hidden="true" />
      <span>{t('reader.highlighting', { query })}</span>
      {matches && matches.pages.length > 0 && onSelectPage && (
        <span className="query-bar__pages">
          {t('reader.onPages')}{' '}
          {matches.pages.slice(0, PAGES_LISTED).map((p) => (
            <button
              key={p.page}
              type="button"
              className={p.page === current ? 'page-chip page-chip--current' : 'page-chip'}
              aria-current={p.page === current ? 'page' : undefined}
              aria-label={t('reader.goToPageWithMatches', { page: p.page, count: p.count })}
              onClick={() => onSelectPage(p.page)}
            >
              {p.page}
            </button>
          ))}
          {matches.pages.length > PAGES_LISTED && <span>…</span>}
        </span>
      )}
      {matches && matches.pages.length === 0 && (
        <span className="muted">{t('reader.queryNotInText')}</span>
      )}
      <button type="button" className="link-button" onClick={onClear} data-testid="clear-highlight">
        {t('reader.clearHighlight')}
      </button>
    </div>
  );
}
