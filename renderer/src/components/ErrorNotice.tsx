import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';

/** An error from the API, shown where the content would have been; never a crash. */
export function ErrorNotice({ error, title }: { error: ApiError; title?: string }) {
  const { t } = useTranslation();
  const heading = title ?? (error.code === 'not-found' ? t('errors.notFound') : t('errors.failed'));
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-notice"
      data-error-code={error.code}
    >
      <p className="notice__title">{heading}</p>
      <p>{error.message}</p>
    </div>
  );
}
