import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '#shared/types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';

/** Type · year · publisher (named in the interface language) · countries, under a title. */
export function DocumentMetaLine({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  const publisher = document.organisations.find((o) => o.role === 'publisher');
  const parts = [
    labels.documentType(document.type),
    format.documentDate(document) ?? t('citation.noDate'),
    publisher && labels.organisation(publisher.id)
      ? labels.organisationName(publisher.id)
      : (publisher?.name ?? null),
    document.countries.map((c) => labels.country(c)).join(', ') || null,
    document.pageCount > 1 ? t('document.pageCount', { count: document.pageCount }) : null,
  ].filter((part): part is string => part !== null && part !== '');
  return (
    <p className="meta-line">
      {parts.map((part, i) => (
        <span key={i} className="meta-line__part">
          {part}
        </span>
      ))}
    </p>
  );
}
