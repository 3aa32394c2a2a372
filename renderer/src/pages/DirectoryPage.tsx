// The directory of organisations, with contacts for advice and assistance, by country.
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/types.ts';
import { ContactDetails } from '../components/ContactDetails.tsx';
import { CountryFilter } from '../components/CountryFilter.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { navigate } from '../router/navigation.ts';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { useKindLabel } from '../taxonomy/use-kind-label.ts';

const REGIONAL = 'regional';

export function DirectoryPage({ country }: { country: string | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kindLabel = useKindLabel();
  const organisations = labels.taxonomy?.organisations ?? [];
  const groupKey = (o: Organisation) => o.country ?? REGIONAL;
  const keys = [...new Set(organisations.map(groupKey))]
    .filter((k) => country === null || k === country)
    .sort((a, b) =>
      a === REGIONAL
        ? 1
        : b === REGIONAL
          ? -1
          : labels.compareNames(labels.country(a), labels.country(b)),
    );
  const shown = organisations.filter((o) => country === null || groupKey(o) === country);

  return (
    <div className="directory-page">
      <PageTitle title={t('directory.title')} />
      <p className="lead">{t('directory.lead')}</p>
      <div className="toolbar">
        <CountryFilter
          value={country}
          onChange={(c) => navigate({ name: 'directory', country: c }, { replace: true })}
          includeRegional
          testId="directory-country"
        />
      </div>
      <p className="result-count" aria-live="polite" data-testid="directory-count">
        {t('directory.count', { count: shown.length })}
      </p>
      {keys.map((key) => {
        const members = shown
          .filter((o) => groupKey(o) === key)
          .sort((a, b) =>
            labels.compareNames(labels.organisationName(a.id), labels.organisationName(b.id)),
          );
        const title = key === REGIONAL ? t('directory.regional') : labels.country(key);
        return (
          <section key={key} className="directory-group" aria-labelledby={`dir-${key}`}>
            <h2 id={`dir-${key}`}>{title}</h2>
            <ul className="card-grid">
              {members.map((o) => (
                <li key={o.id}>
                  <article
                    className="org-card"
                    data-testid="organisation-card"
                    data-organisation={o.id}
                    aria-labelledby={`org-${o.id}`}
                  >
                    <h3 id={`org-${o.id}`}>
                      <a href={href.organisation(o.id)}>{labels.organisationName(o.id)}</a>
                    </h3>
                    {o.kind && <p className="muted">{kindLabel(o.kind)}</p>}
                    {o.description && <p className="org-card__description">{o.description}</p>}
                    <ContactDetails contact={o.contact} />
                  </article>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
