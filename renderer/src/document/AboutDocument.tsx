// Everything the library knows about a document: summary, subjects, organisations, file.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '#shared/types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { RelatedDocuments } from './RelatedDocuments.tsx';
import { ROLE_LABEL } from '../i18n/keys.ts';

/** A fact that is a list (countries, organisations, themes), left out when the list is empty. */
function ListedFact({
  term,
  items,
}: {
  term: string;
  items: { key: string; content: ReactNode }[];
}) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul className="inline-list">
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

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
      {detail.doNotShare && (
        <p className="notice" data-testid="do-not-share">
          {t('document.doNotShare')}
        </p>
      )}
      {detail.passwordProtected && (
        <p className="notice" data-testid="password-protected">
          {t('document.passwordProtected')}
        </p>
      )}
      {detail.summary && <p className="about__summary">{detail.summary}</p>}
      <dl className="about__facts">
        <dt>{t('document.type')}</dt>
        <dd>
          <a href={href.search({ types: [detail.type] })}>{labels.documentType(detail.type)}</a>
        </dd>
        <dt>{t('document.year')}</dt>
        <dd>{format.documentDate(detail) ?? t('citation.noDate')}</dd>
        <dt>{t('document.language')}</dt>
        <dd>
          {labels.language(detail.language)}
          {detail.languageDetected === true && (
            <span data-testid="language-detected">{` · ${t('document.languageDetected')}`}</span>
          )}
        </dd>
        <ListedFact
          term={t('document.countries')}
          items={detail.countries.map((c) => ({
            key: c,
            content: <a href={href.country(c)}>{labels.country(c)}</a>,
          }))}
        />
        <ListedFact
          term={t('document.organisations')}
          items={detail.organisations.map((o) => ({
            key: `${o.id}:${o.role}`,
            content: (
              <>
                <a href={href.organisation(o.id)}>
                  {labels.organisation(o.id) ? labels.organisationName(o.id) : o.name}
                </a>{' '}
                <span className="muted">({t(ROLE_LABEL[o.role])})</span>
              </>
            ),
          }))}
        />
        <ListedFact
          term={t('document.themes')}
          items={detail.themes.map((id) => ({
            key: id,
            content: <a href={href.theme(id)}>{labels.themeName(id)}</a>,
          }))}
        />
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
              {(detail.ocrPages ?? 0) > 0 && (
                <span data-testid="ocr-pages" data-count={detail.ocrPages}>
                  {` · ${t('document.ocrPages', { count: detail.ocrPages })}`}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      {detail.related.length > 0 && <RelatedDocuments ids={detail.related} />}
    </div>
  );
}
