// A document: its details, bookmarks and notes, "copy citation", editing of its details in the
// desktop app, and the reader, opened at the page and with the terms the address asks for.
import { useEffect, useState } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { downloadFileName } from '#shared/download-name.ts';
import type { DocumentDetail } from '#shared/types.ts';
import { ANSWER_KEYS } from '../api/early-answers.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useModule } from '../app/use-module.ts';
import { ModuleFailure } from '../components/ModuleFailure.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { useBookmarks } from '../bookmarks/use-bookmarks.ts';
import { useHighlights } from '../highlights/use-highlights.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { DocumentMetaLine } from '../components/DocumentMetaLine.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { AboutDocument } from '../document/AboutDocument.tsx';
import { ReadNowButton } from '../ocr/ReadNowButton.tsx';
import { BookmarkButton } from '../document/BookmarkButton.tsx';
import { CitationButton } from '../document/CitationButton.tsx';
import { DocumentScreenLoading } from '../document/DocumentScreenLoading.tsx';
import { MetadataForm } from '../document/MetadataForm.tsx';
import { NotesPanel } from '../document/NotesPanel.tsx';
import { AddToReadingList } from '../reading-lists/AddToReadingList.tsx';
import { ImageReader } from '../reader/image/ImageReader.tsx';
import { dropFirstPageImage } from '../reader/pdf/first-page-image.ts';
import { PdfReader } from '../reader/pdf/PdfReader.tsx';
import { TextPagesReader } from '../reader/TextPagesReader.tsx';
import { navigate } from '../router/navigation.ts';
import type { Route } from '../router/routes.ts';

type DocumentRoute = Extract<Route, { name: 'document' }>;
type ReaderKind = 'pdf' | 'image' | 'markdown' | 'html' | 'text' | 'none';

function readerFor(detail: DocumentDetail, pdfFailed: boolean): ReaderKind {
  if (detail.path === null) return detail.pageCount > 0 ? 'text' : 'none';
  if (detail.format === 'pdf') return pdfFailed ? 'text' : 'pdf';
  if (detail.format === 'image') return 'image';
  if (detail.format === 'markdown' || detail.format === 'html') return detail.format;
  return 'text';
}

// Markdown and HTML bring their parser and sanitiser, loaded only for such a document, so that a
// PDF opened at start-up does not wait for them.
const loadMarkupReader = () => import('../reader/markup/MarkupReader.tsx');

function LazyMarkupReader(
  props: ComponentProps<typeof import('../reader/markup/MarkupReader.tsx').MarkupReader>,
) {
  const loaded = useModule(loadMarkupReader);
  if (loaded.state === 'failed') return <ModuleFailure retry={loaded.retry} />;
  if (loaded.state === 'loading') return <Loading />;
  return <loaded.module.MarkupReader {...props} />;
}

function DocumentView({ route, initial }: { route: DocumentRoute; initial: DocumentDetail }) {
  const { t } = useTranslation();
  const { documentUrl, libraryWritable } = usePortal();
  const announce = useAnnounce();
  const [detail, setDetail] = useState(initial);
  const [editForbidden, setEditForbidden] = useState<ApiError | null>(null);
  const [pdfFailure, setPdfFailure] = useState<string | null>(null);
  const bookmarks = useBookmarks(detail.id);
  const highlights = useHighlights(detail.id);
  const reader = readerFor(detail, pdfFailure !== null);
  const paged = reader === 'pdf' || reader === 'image';
  // A first page's image is for the PDF reader only.
  useEffect(() => {
    if (reader !== 'pdf') dropFirstPageImage();
  }, [reader]);
  const page = paged ? (route.page ?? 1) : null;
  const pageLabel = page === null ? null : (detail.pageLabels?.[page - 1] ?? null);
  const canEdit = libraryWritable && editForbidden === null;
  const editing = route.edit && canEdit;

  const update = (changes: Partial<DocumentRoute>) =>
    navigate({ ...route, ...changes }, { replace: true });
  const onPageChange = (next: number) => update({ page: next });
  const onClearQuery = () => update({ query: '' });

  return (
    <article
      className="document-page"
      data-testid="document-page"
      data-document-id={detail.id}
      aria-labelledby="page-title"
    >
      <header className="document-header">
        <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
          <a href="#/">{t('nav.home')}</a> <span aria-hidden="true">›</span>{' '}
          <button
            type="button"
            className="link-button"
            // Opened from outside the app (a shared link), there is nothing to go back to but home.
            onClick={() =>
              window.history.length > 1 ? window.history.back() : navigate({ name: 'home' })
            }
          >
            {t('document.back')}
          </button>
        </nav>
        <PageTitle title={detail.title} className="document-header__title" />
        <DocumentMetaLine document={detail} />
        <div className="action-bar" role="group" aria-label={t('document.actions')}>
          <BookmarkButton
            documentId={detail.id}
            page={page}
            pageLabel={pageLabel}
            list={bookmarks}
          />
          <CitationButton document={detail} page={page} />
          <AddToReadingList documentId={detail.id} page={page} pageLabel={pageLabel} />
          {detail.path !== null && (
            <a
              className="button button--secondary"
              href={`${documentUrl(detail.id)}?download=1`}
              download={downloadFileName(detail.title, detail.path.split('.').pop() ?? '')}
              data-testid="download-link"
            >
              {t('document.download')}
            </a>
          )}
          <ReadNowButton documentId={detail.id} />
          {canEdit && !editing && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => update({ edit: true })}
              data-testid="edit-button"
            >
              {t('document.edit')}
            </button>
          )}
        </div>
        {editForbidden && <ErrorNotice error={editForbidden} title={t('edit.forbidden')} />}
      </header>

      {editing ? (
        <section className="panel">
          <MetadataForm
            detail={detail}
            onSaved={(saved) => {
              setDetail(saved);
              update({ edit: false });
              announce(t('edit.saved'));
            }}
            onCancel={() => update({ edit: false })}
            onForbidden={setEditForbidden}
          />
        </section>
      ) : (
        <div className="document-panels">
          <details className="panel document-about">
            <summary>{t('document.about')}</summary>
            <AboutDocument detail={detail} />
          </details>
          <details className="panel document-notes">
            <summary>
              {t('bookmarks.onDocument', {
                count:
                  (bookmarks.result?.ok ? bookmarks.result.value.length : 0) +
                  (highlights.result?.ok ? highlights.result.value.length : 0),
              })}
            </summary>
            <NotesPanel
              documentId={detail.id}
              list={bookmarks}
              highlights={highlights}
              onOpenPage={paged ? onPageChange : undefined}
              pageLabels={detail.pageLabels}
            />
          </details>
        </div>
      )}

      <section className="document-reader" aria-label={t('reader.label')}>
        {pdfFailure && (
          <ErrorNotice
            error={{ code: 'failed', message: pdfFailure }}
            title={t('reader.pdfFailed')}
            onRetry={() => setPdfFailure(null)}
          />
        )}
        {reader === 'pdf' && (
          <PdfReader
            documentId={detail.id}
            url={documentUrl(detail.id)}
            page={route.page ?? 1}
            onPageChange={onPageChange}
            query={route.query}
            onClearQuery={onClearQuery}
            outline={detail.outline}
            textPageCount={detail.pageCount}
            pageLabels={detail.pageLabels}
            onUnavailable={setPdfFailure}
            revealOnOpen={route.page !== null || route.query !== ''}
            passages={highlights}
            hasOcr={(detail.ocrPages ?? 0) > 0}
          />
        )}
        {reader === 'image' && (
          <ImageReader
            documentId={detail.id}
            url={documentUrl(detail.id)}
            pageCount={detail.pageCount}
            page={route.page ?? 1}
            onPageChange={onPageChange}
            query={route.query}
            onClearQuery={onClearQuery}
            hasOcr={(detail.ocrPages ?? 0) > 0}
            passages={highlights}
          />
        )}
        {(reader === 'markdown' || reader === 'html') && (
          <LazyMarkupReader
            url={documentUrl(detail.id)}
            format={reader}
            query={route.query}
            onClearQuery={onClearQuery}
            documentId={detail.id}
            passages={highlights}
          />
        )}
        {reader === 'text' && (
          <TextPagesReader
            documentId={detail.id}
            pageCount={detail.pageCount}
            page={route.page}
            query={route.query}
            onClearQuery={onClearQuery}
            passages={highlights}
          />
        )}
        {reader === 'none' && <p className="muted">{t('reader.catalogOnly')}</p>}
      </section>
    </article>
  );
}

export default function DocumentPage({ route }: { route: DocumentRoute }) {
  const { api } = usePortal();
  const { result, reload } = useApiResult(ANSWER_KEYS.document(route.id), () =>
    api.getDocument(route.id),
  );
  const failed = result !== null && !result.ok;
  useEffect(() => {
    if (failed) dropFirstPageImage();
  }, [failed]);
  if (result === null)
    return <DocumentScreenLoading documentId={route.id} atFirstPage={(route.page ?? 1) === 1} />;
  return (
    <ResultView result={result} onRetry={reload}>
      {(detail) => <DocumentView route={route} initial={detail} />}
    </ResultView>
  );
}
