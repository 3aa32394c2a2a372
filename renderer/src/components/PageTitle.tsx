import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A screen's heading, also written into the window title. The main region takes focus on
 * navigation, so the heading is what a screen reader reads next.
 */
export function PageTitle({
  children,
  title,
  className,
}: {
  children?: ReactNode;
  title: string;
  className?: string;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
  return (
    <h1 className={className} id="page-title">
      {children ?? title}
    </h1>
  );
}
