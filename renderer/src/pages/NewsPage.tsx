// News and events, newest first, filterable by country.
import { useTranslation } from 'react-i18next';
import type { Result } from '#shared/api.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { CountryFilter } from '../components/CountryFilter.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { navigate } from '../router/navigation.ts';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';

const ALL = 5000;

function newestFirst(a: DocumentSummary, b: DocumentSummary): number {
  const when = (d: DocumentSummary) => d.date ?? (d.year === null ? '' : String(d.year));
  return when(b).localeCompare(when(a)) || a.title.localeCompare(b.title);
}

export function NewsPage({ country }: { country: string | null }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { api } = usePortal();
  const labels = useLabels();
  const { result, reload } = useApiResult(
    `news:${country ?? ''}`,
    async (): Promise<Result<DocumentSummary[]>> => {
      const filter = country ? { country } : {};
      const [news, events] = await Promise.all([
        api.listDocuments({ ...filter, type: 'news', limit: ALL }),
        api.listDocuments({ ...filter, type: 'event', limit: ALL }),
      ]);
      if (!news.ok) return news;
      if (!events.ok) return events;
      return { ok: true, value: [...news.value, ...events.value].sort(newestFirst) };
    },
  );

  return (
    <div className="news-page">
      <PageTitle title={t('news.title')} />
      <p className="lead">{t('news.lead')}</p>
      <div className="toolbar">
        <CountryFilter
          value={country}
          onChange={(c) => navigate({ name: 'news', country: c }, { replace: true })}
          testId="news-country"
        />
      </div>
      <ResultView result={result} onRetry={reload}>
        {(items) => (
          <>
            <p className="result-count" aria-live="polite" data-testid="news-count">
              {t('news.count', { count: items.length })}
            </p>
            {items.length === 0 ? (
              <p className="empty">{t('news.none')}</p>
            ) : (
              <ul className="news-list" data-testid="news-list">
                {items.map((item) => {
                  const date = format.documentDate(item);
                  return (
                    <li
                      key={item.id}
                      className="news-item"
                      data-testid="news-item"
                      data-type={item.type}
                    >
                      <article aria-labelledby={`news-${item.id}`}>
                        <p className="news-item__meta">
                          <span className={`badge badge--${item.type}`}>
                            {labels.documentType(item.type)}
                          </span>
                          {date && <time dateTime={item.date ?? String(item.year)}>{date}</time>}
                          {item.countries.length > 0 && (
                            <span>{item.countries.map((c) => labels.country(c)).join(', ')}</span>
                          )}
                        </p>
                        <h2 className="news-item__title" id={`news-${item.id}`}>
                          <a href={href.document(item.id)}>{item.title}</a>
                        </h2>
                        {item.summary && <p>{item.summary}</p>}
                      </article>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </ResultView>
    </div>
  );
}
