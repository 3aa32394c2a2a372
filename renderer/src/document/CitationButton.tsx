// "Copy citation": the document (at the page in view, by its printed label) cited on the
// clipboard, ready for a brief, with the choice of style and language beside it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CITATION_STYLES, citedPage } from '#shared/citation.ts';
import type { DocumentDetail } from '#shared/types.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { languageName } from '../i18n/languages.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { CITATION_LANGUAGES } from './citation-preference.ts';
import type { CitationLanguage } from './citation-preference.ts';
import { citationText, useCitationPreference, useCite } from './use-cite.ts';

/** The clipboard API needs a secure context; a classroom address on the LAN is not one. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

function CitationChoices({ documentLanguage }: { documentLanguage: string }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [preference, choose] = useCitationPreference();
  const id = useId();
  const languageLabel: Record<CitationLanguage, string> = {
    interface: t('citation.languageInterface', { language: languageName(i18n.language) }),
    document: t('citation.languageDocument', { language: labels.language(documentLanguage) }),
  };
  return (
    <details className="citation-choices">
      <summary>{t('citation.options')}</summary>
      <div className="citation-choices__fields">
        <label className="filter-control" htmlFor={`${id}-style`}>
          <span>{t('citation.style')}</span>
          <select
            id={`${id}-style`}
            value={preference.style}
            onChange={(event) =>
              choose({
                ...preference,
                style: CITATION_STYLES.find((s) => s === event.target.value) ?? preference.style,
              })
            }
            data-testid="citation-style"
          >
            <option value="plain">{t('citation.stylePlain')}</option>
            <option value="apa">{t('citation.styleApa')}</option>
          </select>
        </label>
        <label className="filter-control" htmlFor={`${id}-language`}>
          <span>{t('citation.language')}</span>
          <select
            id={`${id}-language`}
            value={preference.language}
            onChange={(event) =>
              choose({
                ...preference,
                language:
                  CITATION_LANGUAGES.find((l) => l === event.target.value) ?? preference.language,
              })
            }
            data-testid="citation-language"
          >
            {CITATION_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageLabel[language]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}

export function CitationButton({
  document,
  page,
}: {
  document: DocumentDetail;
  page: number | null;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const cite = useCite();
  const citation = citationText(cite(document, citedPage(page, document.pageLabels)));
  return (
    <div className="citation-control">
      <button
        type="button"
        className="button button--secondary"
        data-testid="citation-button"
        data-citation={citation}
        onClick={() => {
          void copyText(citation).then((copied) =>
            announce(
              copied ? t('citation.copied', { citation }) : t('citation.copyFailed', { citation }),
            ),
          );
        }}
      >
        {t('citation.copy')}
      </button>
      <CitationChoices documentLanguage={document.language} />
    </div>
  );
}
