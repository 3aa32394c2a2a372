// Search results: each document with its best pages and their highlighted snippets. Arrow keys
// move between result titles (and up from the first back to the search box); Enter opens.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '#shared/types.ts';
import { DocumentMetaLine } from '../components/DocumentMetaLine.tsx';
import { SEARCH_INPUT_ID } from '../components/SearchBox.tsx';
import { Snippet } from '../components/Snippet.tsx';
import { AddToReadingList } from '../reading-lists/AddToReadingList.tsx';
import { useFirstPagesAhead } from '../reader/pdf/use-first-pages-ahead.ts';
import { href } from '../router/routes.ts';

function moveFocus(event: KeyboardEvent<HTMLOListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-result-link]')];
  const from = links.indexOf(event.target as HTMLElement);
  if (from === -1) return;
  event.preventDefault();
  const to = from + (event.key === 'ArrowDown' ? 1 : -1);
  if (to < 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
  else links[Math.min(to, links.length - 1)]?.focus();
}

function ResultItem({ hit, query, position }: { hit: SearchHit; query: string; position: number }) {
  const { t } = useTranslation();
  const { document, pages } = hit;
  const titleId = `result-${document.id}`;
  return (
    <li className="result" data-testid="result-item" data-document-id={document.id}>
      <article aria-labelledby={titleId}>
        <h3 className="result__title" id={titleId}>
          <a
            href={href.document(document.id, pages[0]?.page ?? null, query)}
            data-result-link
            data-position={position}
          >
            {document.title}
          </a>
        </h3>
        <DocumentMetaLine document={document} />
        <AddToReadingList
          documentId={document.id}
          page={null}
          buttonClassName="button button--small button--secondary"
        />
        {pages.length > 0 ? (
          <ul className="result__pages" aria-label={t('search.pagesWithHits')}>
            {pages.map((hitPage) => (
              <li key={hitPage.page} className="result__page">
                <a
                  className="page-link"
                  href={href.document(document.id, hitPage.page, query)}
                  data-testid="result-page-link"
                  data-page={hitPage.page}
                >
                  {t('search.pageShort', { page: hitPage.page })}
                  <span className="visually-hidden">
                    {t('search.inDocument', { title: document.title })}
                  </span>
                </a>
                {hitPage.ocr ? (
                  <div>
                    <span
                      className="badge result__ocr"
                      data-testid="result-ocr-mark"
                      data-confidence={hitPage.ocr.confidence}
                    >
                      {t('search.ocrPage')}
                    </span>
                    <Snippet runs={hitPage.snippet} />
                  </div>
                ) : (
                  <Snippet runs={hitPage.snippet} />
                )}
              </li>
            ))}
          </ul>
        ) : (
          document.summary && <p className="result__summary">{document.summary}</p>
        )}
      </article>
    </li>
  );
}

export function ResultList({
  hits,
  query,
  offset,
}: {
  hits: SearchHit[];
  query: string;
  offset: number;
}) {
  const { t } = useTranslation();
  // The results whose title opens the document at its first page, where its image shows.
  useFirstPagesAhead(
    hits
      .filter((hit) => hit.document.format === 'pdf' && (hit.pages[0]?.page ?? 1) === 1)
      .map((hit) => hit.document.id),
  );
  return (
    <ol
      className="results"
      data-testid="results"
      aria-label={t('search.resultsLabel')}
      start={offset + 1}
      onKeyDown={moveFocus}
    >
      {hits.map((hit, i) => (
        <ResultItem key={hit.document.id} hit={hit} query={query} position={offset + i + 1} />
      ))}
    </ol>
  );
}
