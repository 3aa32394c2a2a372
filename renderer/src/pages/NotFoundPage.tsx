import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found" data-testid="not-found">
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.text', { path })}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </div>
  );
}
