// A theme, form of exploitation or sector: what it covers and its documents grouped by type.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';
import { ProfileDocuments, useProfileDocuments } from '../components/ProfileDocuments.tsx';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { THEME_FACET_TITLE } from '../i18n/keys.ts';

export function ThemePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const theme = labels.theme(id);
  const documents = useProfileDocuments('theme', id);
  if (!theme) return <NotFoundPage path={`/theme/${id}`} />;
  const name = labels.themeName(id);

  return (
    <div className="profile-page theme-page" data-testid="theme-page" data-theme={id}>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <a href="#/">{t('nav.home')}</a> <span aria-hidden="true">›</span>{' '}
        <span>{t(THEME_FACET_TITLE[theme.facet])}</span>
      </nav>
      <PageTitle title={name} />
      {theme.description && <p className="lead">{theme.description}</p>}
      <p className="profile-links">
        <a href={href.search({ themes: [id] })}>{t('theme.searchWithin', { theme: name })}</a>
      </p>
      <ProfileDocuments
        headingId="theme-documents"
        title={t('theme.documents')}
        documents={documents}
      />
    </div>
  );
}
