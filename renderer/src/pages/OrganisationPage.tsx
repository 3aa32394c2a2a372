// An organisation: what it is, how to reach it, where it works with the programme, and its
// documents grouped by type.
import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../components/ContactDetails.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ProfileDocuments, useProfileDocuments } from '../components/ProfileDocuments.tsx';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { useKindLabel } from '../taxonomy/use-kind-label.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kindLabel = useKindLabel();
  const organisation = labels.organisation(id);
  const documents = useProfileDocuments('organisation', id);
  if (!organisation) return <NotFoundPage path={`/organisation/${id}`} />;

  const countries = labels.taxonomy?.countries ?? [];
  const focalFor = countries.filter((c) => c.focalPointId === id);
  const partnerIn = countries.filter((c) => c.partnerIds.includes(id));
  const name = labels.organisationName(id);

  return (
    <div
      className="profile-page organisation-page"
      data-testid="organisation-page"
      data-organisation={id}
    >
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <a href="#/">{t('nav.home')}</a> <span aria-hidden="true">›</span>{' '}
        <a href="#/directory">{t('nav.directory')}</a>
      </nav>
      <PageTitle title={name} />
      <p className="meta-line">
        {organisation.kind && (
          <span className="meta-line__part">{kindLabel(organisation.kind)}</span>
        )}
        <span className="meta-line__part">
          {organisation.country ? (
            <a href={href.country(organisation.country)}>{labels.country(organisation.country)}</a>
          ) : (
            t('directory.regional')
          )}
        </span>
      </p>
      {organisation.description && <p className="lead">{organisation.description}</p>}

      <div className="profile-grid">
        <section className="panel" aria-labelledby="org-contact">
          <h2 id="org-contact">{t('directory.contact')}</h2>
          <ContactDetails contact={organisation.contact} />
        </section>
        {(focalFor.length > 0 || partnerIn.length > 0) && (
          <section className="panel" aria-labelledby="org-role">
            <h2 id="org-role">{t('organisation.role')}</h2>
            <ul className="plain-list">
              {focalFor.map((c) => (
                <li key={`f-${c.code}`}>
                  {t('organisation.focalPointFor')}{' '}
                  <a href={href.country(c.code)}>{labels.country(c.code)}</a>
                </li>
              ))}
              {partnerIn.map((c) => (
                <li key={`p-${c.code}`}>
                  {t('organisation.partnerIn')}{' '}
                  <a href={href.country(c.code)}>{labels.country(c.code)}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      <ProfileDocuments
        headingId="org-documents"
        title={t('organisation.documents')}
        documents={documents}
      />
    </div>
  );
}
