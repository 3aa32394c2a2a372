// The exports of every highlighted passage with its citation: a Markdown file to download, and a
// page to print.
import { useTranslation } from 'react-i18next';
import type { Highlight } from '#shared/highlights.ts';
import { href } from '../router/routes.ts';
import { downloadText } from './download-text.ts';
import { groupByDocument, highlightsMarkdown } from './export-markdown.ts';
import { useCiteAt } from './use-cite-at.ts';
import type { CitedDocument } from './export-markdown.ts';

export const MARKDOWN_FILE_NAME = 'highlighted-passages.md';

export function HighlightExports({
  highlights,
  documents,
}: {
  highlights: readonly Highlight[];
  documents: ReadonlyMap<string, CitedDocument>;
}) {
  const { t } = useTranslation();
  const citeAt = useCiteAt();
  if (highlights.length === 0) return null;
  const download = () =>
    downloadText(
      highlightsMarkdown(groupByDocument(highlights, documents), citeAt, {
        title: t('highlights.title'),
        note: t('highlights.noteLabel'),
        page: t('citation.page'),
        unknownDocument: t('bookmarks.unknownDocument'),
      }),
      MARKDOWN_FILE_NAME,
      'text/markdown',
    );
  return (
    <div className="highlight-exports">
      <button
        type="button"
        className="button button--secondary"
        onClick={download}
        data-testid="download-highlights"
      >
        {t('highlights.downloadMarkdown')}
      </button>
      <a className="button button--secondary" href={href.highlightsHandout()}>
        {t('highlights.printable')}
      </a>
    </div>
  );
}
