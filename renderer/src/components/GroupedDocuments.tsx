// A country's, organisation's or theme's documents, grouped by document type.
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { DocumentCard } from './DocumentCard.tsx';

export function GroupedDocuments({
  documents,
  counts = null,
}: {
  documents: DocumentSummary[];
  /** Each type's count in all, when the documents given are only the first of them. */
  counts?: Map<string, number> | null;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  if (documents.length === 0) return <p className="empty">{t('browse.noDocuments')}</p>;
  const groups = DOCUMENT_TYPES.map((type) => ({
    type,
    documents: documents.filter((d) => d.type === type),
  })).filter((g) => g.documents.length > 0);
  return (
    <div className="document-groups">
      {groups.map((group) => (
        <section
          key={group.type}
          className="document-group"
          aria-labelledby={`group-${group.type}`}
          data-testid={`document-group-${group.type}`}
        >
          <h3 id={`group-${group.type}`} className="document-group__title">
            {labels.documentType(group.type)}{' '}
            <span className="count">
              {format.number(counts?.get(group.type) ?? group.documents.length)}
            </span>
          </h3>
          <ul className="plain-list">
            {group.documents.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} headingLevel={4} addToReadingList />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
