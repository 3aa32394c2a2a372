// Home: the search box (in the header, focused), then ways to browse: a map and list of the
// member states, themes in their three facets, document types, organisations, and the most
// recently added documents.
import { useTranslation } from 'react-i18next';
import type { DocumentType, FacetValue, LibraryStats, SearchResponse } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { AseanMap } from '../components/AseanMap.tsx';
import { DocumentCard } from '../components/DocumentCard.tsx';
import { LinkList } from '../components/LinkList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useFirstPagesAhead } from '../reader/pdf/use-first-pages-ahead.ts';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';

const RECENT = 6;
// Example queries are interface strings: each language offers words of its own that find
// documents in the sample library (English ones where it holds none in that language).
const EXAMPLES = ['home.example1', 'home.example2', 'home.example3', 'home.example4'] as const;

function counts(values: FacetValue[]): Map<string, number> {
  return new Map(values.map((v) => [v.value, v.count]));
}

const TIPS = [
  { query: 'home.tipPhraseQuery', key: 'home.tipPhrase' },
  { query: 'home.tipPrefixQuery', key: 'home.tipPrefix' },
  { query: 'home.tipExcludeQuery', key: 'home.tipExclude' },
  { query: 'home.tipOrQuery', key: 'home.tipOr' },
] as const;

function SearchTips() {
  const { t } = useTranslation();
  const stem = t('home.tipPrefixQuery').replace(/\*$/, '');
  return (
    <aside className="search-tips" aria-labelledby="search-tips">
      <h2 id="search-tips">{t('home.tipsTitle')}</h2>
      <dl>
        {TIPS.map((tip) => (
          <div key={tip.key} className="search-tips__row">
            <dt>
              <a href={href.search({ query: t(tip.query) })}>
                <code>{t(tip.query)}</code>
              </a>
            </dt>
            <dd>{t(tip.key, { stem })}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('home.tipKeys')}</p>
    </aside>
  );
}

function StatsLine({ stats }: { stats: LibraryStats }) {
  const { t } = useTranslation();
  return (
    <p className="home-hero__stats" data-testid="library-stats">
      {t('home.stats', {
        documents: stats.documents,
        pages: stats.pages,
        countries: stats.countries,
      })}
    </p>
  );
}

function BrowseByCountry({ facets }: { facets: SearchResponse['facets'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const byCountry = counts(facets.countries);
  const countries = [...(labels.taxonomy?.countries ?? [])].sort((a, b) =>
    labels.compareNames(labels.country(a.code), labels.country(b.code)),
  );
  return (
    <section className="home-section home-countries" aria-labelledby="browse-countries">
      <h2 id="browse-countries">{t('home.byCountry')}</h2>
      <div className="home-countries__body">
        <AseanMap counts={byCountry} />
        <LinkList
          className="country-list"
          aria-label={t('home.countryList')}
          data-testid="country-list"
          links={countries.map((country) => ({
            href: href.country(country.code),
            label: labels.country(country.code),
            count: byCountry.get(country.code) ?? 0,
          }))}
        />
      </div>
    </section>
  );
}

function ThemeColumn({ title, values, id }: { title: string; values: FacetValue[]; id: string }) {
  const labels = useLabels();
  return (
    <div className="theme-column" data-testid={`theme-facet-${id}`}>
      <h3 id={`theme-facet-${id}`}>{title}</h3>
      <LinkList
        aria-labelledby={`theme-facet-${id}`}
        links={values.map((v) => ({
          href: href.theme(v.value),
          label: labels.theme(v.value) ? labels.themeName(v.value) : v.label,
          count: v.count,
        }))}
      />
    </div>
  );
}

function BrowseByTheme({ facets }: { facets: SearchResponse['facets'] }) {
  const { t } = useTranslation();
  return (
    <section className="home-section" aria-labelledby="browse-themes">
      <h2 id="browse-themes">{t('home.byTheme')}</h2>
      <div className="theme-columns">
        <ThemeColumn id="theme" title={t('facets.themes')} values={facets.themes} />
        <ThemeColumn
          id="exploitation"
          title={t('facets.exploitation')}
          values={facets.exploitation}
        />
        <ThemeColumn id="sector" title={t('facets.sectors')} values={facets.sectors} />
      </div>
    </section>
  );
}

function BrowseByType({ facets }: { facets: SearchResponse['facets'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  return (
    <section className="home-section" aria-labelledby="browse-types">
      <h2 id="browse-types">{t('home.byType')}</h2>
      <ul className="chip-list">
        {facets.types.map((v) => (
          <li key={v.value}>
            <a className="chip" href={href.search({ types: [v.value as DocumentType] })}>
              {labels.documentType(v.value)} <span className="count">{format.number(v.count)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BrowseByOrganisation({ facets }: { facets: SearchResponse['facets'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const top = facets.organisations.slice(0, 12);
  return (
    <section className="home-section" aria-labelledby="browse-organisations">
      <h2 id="browse-organisations">{t('home.byOrganisation')}</h2>
      <LinkList
        className="link-list link-list--columns"
        links={top.map((v) => ({
          href: href.organisation(v.value),
          label: labels.organisation(v.value) ? labels.organisationName(v.value) : v.label,
          count: v.count,
        }))}
      />
      <p>
        <a href="#/directory">{t('home.allOrganisations')}</a>
      </p>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result: overview, reload: reloadOverview } = useApiResult('home:facets', () =>
    api.search({ query: '', limit: 1 }),
  );
  const { result: stats } = useApiResult('home:stats', () => api.stats());
  const { result: recent, reload: reloadRecent } = useApiResult('home:recent', () =>
    api.listDocuments({ recent: true, limit: RECENT }),
  );
  useFirstPagesAhead(
    recent?.ok ? recent.value.filter((d) => d.format === 'pdf').map((d) => d.id) : [],
  );

  return (
    <div className="home">
      <section className="home-hero">
        <div className="home-hero__text">
          <PageTitle title={t('home.title')} />
          <p className="home-hero__lead">{t('home.lead')}</p>
          {stats?.ok && <StatsLine stats={stats.value} />}
          <p className="home-hero__examples">
            {t('home.tryExamples')}{' '}
            {EXAMPLES.map((key, i) => (
              <span key={key}>
                {i > 0 && ', '}
                <a href={href.search({ query: t(key) })}>{t(key)}</a>
              </span>
            ))}
          </p>
        </div>
        <SearchTips />
      </section>
      <ResultView result={overview} onRetry={reloadOverview}>
        {(response) => (
          <>
            <BrowseByCountry facets={response.facets} />
            <BrowseByTheme facets={response.facets} />
            <div className="home-split">
              <BrowseByType facets={response.facets} />
              <BrowseByOrganisation facets={response.facets} />
            </div>
          </>
        )}
      </ResultView>
      <section className="home-section" aria-labelledby="recent-documents">
        <h2 id="recent-documents">{t('home.recent')}</h2>
        <ResultView result={recent} onRetry={reloadRecent}>
          {(documents) =>
            documents.length === 0 ? (
              <p className="empty">{t('browse.noDocuments')}</p>
            ) : (
              <ul className="card-grid" data-testid="recent-documents">
                {documents.map((document) => (
                  <li key={document.id}>
                    <DocumentCard document={document} />
                  </li>
                ))}
              </ul>
            )
          }
        </ResultView>
      </section>
    </div>
  );
}
