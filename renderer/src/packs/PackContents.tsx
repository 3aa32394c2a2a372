// What a checked pack holds: its publisher, date and documents.
import { useTranslation } from 'react-i18next';
import type { PackVerification } from '#shared/pack-types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';

export function PackContents({ pack }: { pack: PackVerification }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <>
      <dl className="pack-facts" data-testid="pack-facts">
        <dt>{t('packs.publisher')}</dt>
        <dd>{pack.publisher}</dd>
        <dt>{t('packs.created')}</dt>
        <dd>{format.moment(pack.createdAt)}</dd>
        <dt>{t('packs.documents')}</dt>
        <dd>{format.number(pack.documents.length)}</dd>
      </dl>
      <ul className="pack-documents" data-testid="pack-documents">
        {pack.documents.map((document) => (
          <li key={document.key}>{document.title}</li>
        ))}
      </ul>
    </>
  );
}
