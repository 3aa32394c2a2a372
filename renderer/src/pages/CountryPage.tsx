// A member state: its profile (focal point, partners, programme figures) and its documents
// grouped by type.
import { useTranslation } from 'react-i18next';
import { AseanMap } from '../components/AseanMap.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ProfileDocuments, useProfileDocuments } from '../components/ProfileDocuments.tsx';
import { LinkList } from '../components/LinkList.tsx';
import { hasFigures, ProgrammeChart } from '../components/ProgrammeChart.tsx';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { useKindLabel } from '../taxonomy/use-kind-label.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export function CountryPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kindLabel = useKindLabel();
  const country = labels.taxonomy?.countries.find((c) => c.code === code);
  const documents = useProfileDocuments('country', code);
  if (!country) return <NotFoundPage path={`/country/${code}`} />;

  const name = labels.country(code);
  const focalPoint = country.focalPointId ? labels.organisation(country.focalPointId) : undefined;
  const partners = country.partnerIds.map((id) => ({ id, name: labels.organisationName(id) }));

  return (
    <div className="profile-page country-page" data-testid="country-page" data-country={code}>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <a href="#/">{t('nav.home')}</a> <span aria-hidden="true">›</span>{' '}
        <span>{t('country.countries')}</span>
      </nav>
      <div className="profile-header">
        <div>
          <PageTitle title={name} />
          {country.summary && <p className="lead">{country.summary}</p>}
          <p className="profile-links">
            <a href={href.search({ countries: [code] })}>
              {t('country.searchWithin', { country: name })}
            </a>
            <a href={`#/news?country=${code}`}>{t('country.news', { country: name })}</a>
            <a href={`#/directory?country=${code}`}>{t('country.directory', { country: name })}</a>
          </p>
        </div>
        <div className="profile-header__map">
          <AseanMap highlighted={code} />
        </div>
      </div>

      <div className="profile-grid">
        <section className="panel" aria-labelledby="focal-point">
          <h2 id="focal-point">{t('country.focalPoint')}</h2>
          {focalPoint ? (
            <p>
              <a href={href.organisation(focalPoint.id)}>
                {labels.organisationName(focalPoint.id)}
              </a>
              {focalPoint.kind && <span className="muted"> · {kindLabel(focalPoint.kind)}</span>}
            </p>
          ) : (
            <p className="muted">{t('country.noFocalPoint')}</p>
          )}
          <h2 id="partners">{t('country.partners')}</h2>
          {partners.length ? (
            <LinkList
              aria-labelledby="partners"
              links={partners.map((p) => ({ href: href.organisation(p.id), label: p.name }))}
            />
          ) : (
            <p className="muted">{t('country.noPartners')}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="figures">
          <h2 id="figures">{t('country.figuresTitle')}</h2>
          {hasFigures(country.figures) ? (
            <ProgrammeChart figures={country.figures} />
          ) : (
            <p className="muted">{t('country.noFigures')}</p>
          )}
        </section>
      </div>

      <ProfileDocuments
        headingId="country-documents"
        title={t('country.documents', { country: name })}
        documents={documents}
      />
    </div>
  );
}
