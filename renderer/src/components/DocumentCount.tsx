// How many documents a link or a filter leads to, read out as a count of documents.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';

export function DocumentCount({ count }: { count: number }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <span className="count" aria-label={t('common.documentCount', { count })}>
      {format.number(count)}
    </span>
  );
}
