import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';

/** Pages of results: previous, numbers around the current one, next. */
export function Pager({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor(page: number): string;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pages || Math.abs(n - page) <= 2,
  );
  return (
    <nav className="pager" aria-label={t('search.pagerLabel')} data-testid="pager">
      {page > 1 ? (
        <a className="pager__step" href={hrefFor(page - 1)} rel="prev">
          {t('search.previousPage')}
        </a>
      ) : (
        <span className="pager__step pager__step--disabled" aria-hidden="true">
          {t('search.previousPage')}
        </span>
      )}
      <ul className="pager__numbers">
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - numbers[i - 1]! > 1 && (
              <span className="pager__gap" aria-hidden="true">
                …
              </span>
            )}
            <a
              href={hrefFor(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={t('search.resultsPage', { page: n })}
            >
              {format.number(n)}
            </a>
          </li>
        ))}
      </ul>
      {page < pages ? (
        <a className="pager__step" href={hrefFor(page + 1)} rel="next">
          {t('search.nextPage')}
        </a>
      ) : (
        <span className="pager__step pager__step--disabled" aria-hidden="true">
          {t('search.nextPage')}
        </span>
      )}
    </nav>
  );
}
