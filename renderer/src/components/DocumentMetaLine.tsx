import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '#shared/types.ts';
import { publisherOf } from '#shared/citation.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';

/** Type · year · publisher · countries, in one quiet line under a title. */
export function DocumentMetaLine({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  const publisher = publisherOf(document);
  const parts = [
    labels.documentType(document.type),
    format.documentDate(document) ?? t('citation.noDate'),
    publisher,
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
