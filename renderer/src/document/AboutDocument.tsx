// Everything the library knows about a document: summary, subjects, organisations, file.
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../electron/shared/types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { RelatedDocuments } from './RelatedDocuments.tsx';
import { ROLE_LABEL } from '../i18n/keys.ts';

export function AboutDocument({ detail }: { detail: DocumentDetail }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(detail.sizeBytes / 1024);
  return (
    <div className="about" data-testid="document-about">
      {detail.uncatalogued && <p className="notice">{t('document.uncatalogued')}</p>}
      {detail.summary && <p className="about__summary">{detail.summary}</p>}
      <dl className="about__facts">
        <dt>{t('document.type')}</dt>
        <dd>
          <a href={href.search({ types: [detail.type] })}>{labels.documentType(detail.type)}</a>
        </dd>
        {detail.year !== null && (
          <>
            <dt>{t('document.year')}</dt>
            <dd>{format.documentDate(detail)}</dd>
          </>
        )}
        <dt>{t('document.language')}</dt>
        <dd>{labels.language(detail.language)}</dd>
        {detail.countries.length > 0 && (
          <>
            <dt>{t('document.countries')}</dt>
            <dd>
              <ul className="inline-list">
                {detail.countries.map((c) => (
                  <li key={c}>
                    <a href={href.country(c)}>{labels.country(c)}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {detail.organisations.length > 0 && (
          <>
            <dt>{t('document.organisations')}</dt>
            <dd>
              <ul className="inline-list">
                {detail.organisations.map((o) => (
                  <li key={`${o.id}:${o.role}`}>
                    <a href={href.organisation(o.id)}>
                      {labels.organisation(o.id) ? labels.organisationName(o.id) : o.name}
                    </a>{' '}
                    <span className="muted">({t(ROLE_LABEL[o.role])})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {detail.themes.length > 0 && (
          <>
            <dt>{t('document.themes')}</dt>
            <dd>
              <ul className="inline-list">
                {detail.themes.map((id) => (
                  <li key={id}>
                    <a href={href.theme(id)}>{labels.themeName(id)}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {detail.keywords.length > 0 && (
          <>
            <dt>{t('document.keywords')}</dt>
            <dd>{detail.keywords.join(', ')}</dd>
          </>
        )}
        {detail.path !== null && (
          <>
            <dt>{t('document.file')}</dt>
            <dd>
              {detail.path} · {detail.format.toUpperCase()} · {size}
              {detail.pageCount > 0 && ` · ${t('document.pageCount', { count: detail.pageCount })}`}
            </dd>
          </>
        )}
      </dl>
      {detail.related.length > 0 && <RelatedDocuments ids={detail.related} />}
    </div>
  );
}
