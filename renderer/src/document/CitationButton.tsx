// "Copy citation": title, publisher, year and page on the clipboard, ready for a brief.
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '#shared/types.ts';
import { formatCitation } from '#shared/citation.ts';
import { useAnnounce } from '../components/Announcer.tsx';

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

export function CitationButton({
  document,
  page,
}: {
  document: DocumentSummary;
  page: number | null;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const citation = formatCitation(document, page, { page: t('citation.page') });
  return (
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
  );
}
