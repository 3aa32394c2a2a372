// The PDF reader: one page at a time, opened at the page asked for, with page navigation, zoom,
// an outline or thumbnails beside it, find in the document, the search terms highlighted, and a
// text view of the page that reflows to a phone's screen.
import { PasswordResponses } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '#shared/types.ts';
import { PassageMarks } from '../../highlights/PassageMarks.tsx';
import { PassageToolbar } from '../../highlights/PassageToolbar.tsx';
import { HighlightSelectionButton, MissingPassages } from '../../highlights/ReaderPassageParts.tsx';
import type { HighlightList } from '../../highlights/use-highlights.ts';
import { usePassageHighlighting } from '../../highlights/use-passage-highlighting.ts';
import { Loading } from '../../components/Loading.tsx';
import { OcrNotice } from '../ocr/OcrNotice.tsx';
import { usePageWords, usePageWordsOf } from '../ocr/use-page-words.ts';
import { OutlinePanel } from '../OutlinePanel.tsx';
import { QueryHighlightBar } from '../QueryHighlightBar.tsx';
import { ReaderToolbar } from '../toolbar/ReaderToolbar.tsx';
import { useMatching } from '../use-matching.ts';
import { usePageFind } from '../use-page-find.ts';
import { usePageTexts } from '../use-page-texts.ts';
import { useViewerWidth } from '../use-viewer-width.ts';
import { useZoom } from '../use-zoom.ts';
import { onViewerKeyDown } from '../viewer-keys.ts';
import { takeEarlyOpening } from './early-opening.ts';
import { firstPageImageOf } from './first-page-image.ts';
import { FirstPageSlot } from './FirstPageSlot.tsx';
import { PageTextView } from './PageTextView.tsx';
import { shownLabels } from './page-labels.ts';
import { openPdf } from './pdfjs.ts';
import { PdfPageView } from './PdfPageView.tsx';
import { PdfPasswordForm } from './PdfPasswordForm.tsx';
import type { PasswordRequest } from './PdfPasswordForm.tsx';
import type { RenderedPage } from './PdfPageView.tsx';
import { ThumbnailPanel } from './ThumbnailPanel.tsx';

type Panel = 'outline' | 'pages' | null;

export interface PdfReaderProps {
  documentId: string;
  url: string;
  /** The page asked for (the address's ?page=), 1 when none. */
  page: number;
  onPageChange(page: number): void;
  query: string;
  onClearQuery(): void;
  outline: OutlineEntry[];
  /** How many pages of text the library holds for the document, fetched in windows. */
  textPageCount: number;
  /** Each page's printed label ("iii", "12") as the library read it, or null when it has none. */
  pageLabels?: readonly (string | null)[] | null;
  /** Called when the PDF cannot be shown, so the screen can offer its text instead. */
  onUnavailable(message: string): void;
  /** Opened from a link to a page or with terms to highlight: bring the reader into view. */
  revealOnOpen: boolean;
  /** The document's passage highlights, shown on their pages; none without it. */
  passages?: HighlightList;
  /** Whether some page's text was recognised by OCR: such pages get a text layer of its words. */
  hasOcr?: boolean;
}

/** A PDF page's text layer, once the page is drawn with it. */
const pdfTextLayer = (host: Element) =>
  host.getAttribute('data-rendered') === 'true' ? host.querySelector('.textLayer') : null;

function usePdf(
  url: string,
  onFailure: (message: string) => void,
): { doc: PDFDocumentProxy | null; passwordRequest: PasswordRequest | null } {
  const [loaded, setLoaded] = useState<{ url: string; doc: PDFDocumentProxy } | null>(null);
  const [asked, setAsked] = useState<{ url: string; request: PasswordRequest } | null>(null);
  const fail = useEffectEvent(onFailure);
  useEffect(() => {
    let live = true;
    let task: PDFDocumentLoadingTask | null = null;
    // A PDF that needs a password: pdf.js asks, again after a wrong one, until it opens.
    const askPassword = (give: (password: string) => void, reason: number) => {
      if (!live) return;
      const incorrect = reason === PasswordResponses.INCORRECT_PASSWORD;
      setAsked({
        url,
        request: {
          incorrect,
          give: (password) => {
            setAsked(null);
            give(password);
          },
        },
      });
    };
    const open = async () => {
      const early = await takeEarlyOpening(url);
      if (!live) {
        void early?.task.destroy();
        return;
      }
      task = early?.task ?? openPdf({ url });
      task.onPassword = askPassword;
      if (early?.passwordAsked) askPassword(early.passwordAsked.give, early.passwordAsked.reason);
      const doc = await task.promise;
      if (live) setLoaded({ url, doc });
    };
    open().catch((error: unknown) => {
      if (live) fail(error instanceof Error ? error.message : String(error));
    });
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [url]);
  return {
    doc: loaded?.url === url ? loaded.doc : null,
    passwordRequest: asked?.url === url ? asked.request : null,
  };
}

export function PdfReader(props: PdfReaderProps) {
  const {
    documentId,
    url,
    page,
    onPageChange,
    query,
    onClearQuery,
    outline,
    textPageCount,
    pageLabels,
    onUnavailable,
    revealOnOpen,
    passages: passageList,
    hasOcr = false,
  } = props;
  const { t } = useTranslation();
  const { doc, passwordRequest } = usePdf(url, onUnavailable);
  const zoom = useZoom();
  const [panel, setPanel] = useState<Panel>(outline.length ? 'outline' : 'pages');
  const [panelOpen, setPanelOpen] = useState(true);
  const find = usePageFind();
  const restartFind = find.restart;
  const [textView, setTextView] = useState(false);
  const [viewer, setViewer] = useState<HTMLDivElement | null>(null);
  const viewerWidth = useViewerWidth(viewer);
  const panelId = useId();
  const passages = usePassageHighlighting(documentId, passageList, viewer, '.textLayer');

  const [reader, setReader] = useState<HTMLDivElement | null>(null);
  const loaded = doc !== null;
  const reveal = useEffectEvent(() => {
    if (revealOnOpen) reader?.scrollIntoView({ block: 'start' });
  });
  useEffect(() => {
    if (loaded) reveal();
  }, [loaded]);

  const pageTexts = usePageTexts(
    documentId,
    query !== '' || find.text !== '' || textView,
    textPageCount,
    page,
  );
  const { queryHighlighter, findHighlighter, queryMatches, findMatches } = useMatching(
    query,
    find.text,
    pageTexts?.pages ?? null,
  );

  const pages = doc?.numPages ?? 0;
  const current = pages ? Math.min(Math.max(1, page), pages) : page;
  const firstPageImage = current === 1 && !textView ? firstPageImageOf(documentId) : null;
  const pageWordsOf = usePageWordsOf(documentId, hasOcr);
  const currentWords = usePageWords(pageWordsOf, current);
  const labels = shownLabels(pageLabels, pages);

  const goTo = useCallback(
    (target: number) => {
      if (!pages) return;
      const next = Math.min(Math.max(1, target), pages);
      if (next !== current) {
        restartFind();
        onPageChange(next);
      }
    },
    [pages, current, onPageChange, restartFind],
  );

  // Thumbnails wait for the first page, so that drawing them never holds it up.
  const pageShown = zoom.scale !== null;
  const { onShown } = zoom;
  const onRendered = useCallback(
    (rendered: RenderedPage) => {
      onShown(rendered.scale);
      performance.mark('reader:page-rendered', { detail: { page: rendered.page } });
    },
    [onShown],
  );

  return (
    <div
      ref={setReader}
      className={panelOpen ? 'reader reader--with-panel' : 'reader'}
      data-testid="pdf-reader"
      data-page-count={pages}
      data-scale={zoom.scale ?? undefined}
    >
      <ReaderToolbar
        leading={
          <button
            type="button"
            className="icon-button reader-toolbar__panel-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            aria-label={panelOpen ? t('reader.hidePanel') : t('reader.showPanel')}
            onClick={() => setPanelOpen(!panelOpen)}
            data-testid="toggle-panel"
          >
            <span aria-hidden="true">☰</span>
          </button>
        }
        navigation={{ current, count: pages, labels, goTo }}
        zoom={textView ? null : zoom}
        find={find}
        findMatches={findMatches}
        onFindPage={onPageChange}
      >
        <button
          type="button"
          className="button button--secondary reader-toolbar__text-view"
          aria-pressed={textView}
          onClick={() => setTextView(!textView)}
          data-testid="text-view-toggle"
        >
          {t('reader.textView')}
        </button>
        {passages.enabled && !textView && <HighlightSelectionButton {...passages.button} />}
      </ReaderToolbar>
      <QueryHighlightBar
        query={query}
        matches={queryMatches}
        current={current}
        onSelectPage={goTo}
        onClear={onClearQuery}
      />
      <OcrNotice words={currentWords} />
      <MissingPassages missing={passages.missing} />
      <PassageToolbar {...passages.toolbar} />
      <div className="reader-body">
        <aside
          id={panelId}
          className="reader-panel"
          hidden={!panelOpen}
          aria-label={t('reader.panel')}
        >
          <div className="segmented" role="group" aria-label={t('reader.panelView')}>
            {outline.length > 0 && (
              <button
                type="button"
                aria-pressed={panel === 'outline'}
                onClick={() => setPanel('outline')}
              >
                {t('reader.outline')}
              </button>
            )}
            <button
              type="button"
              aria-pressed={panel === 'pages'}
              onClick={() => setPanel('pages')}
              data-testid="show-thumbnails"
            >
              {t('reader.thumbnails')}
            </button>
          </div>
          <div className="reader-panel__content">
            {panel === 'outline' && outline.length > 0 && (
              <OutlinePanel outline={outline} current={current} onSelect={goTo} />
            )}
            {panel === 'pages' && doc && pageShown && (
              <ThumbnailPanel
                doc={doc}
                current={current}
                matchCounts={
                  new Map((findMatches ?? queryMatches)?.pages.map((p) => [p.page, p.count]))
                }
                onSelect={goTo}
              />
            )}
          </div>
        </aside>
        <div
          ref={setViewer}
          className="reader-viewport"
          tabIndex={0}
          role="group"
          aria-label={t('reader.viewport', { page: current, count: pages })}
          onKeyDown={(event) =>
            onViewerKeyDown(event, { current, pages, goTo, zoomBy: zoom.zoomBy })
          }
          data-reader-viewport
          data-testid="reader-viewport"
        >
          {textView ? (
            <PageTextView
              texts={pageTexts}
              page={current}
              queryHighlighter={queryHighlighter}
              findHighlighter={findHighlighter}
            />
          ) : doc === null && passwordRequest ? (
            <PdfPasswordForm key={String(passwordRequest.incorrect)} request={passwordRequest} />
          ) : doc === null && firstPageImage ? (
            <FirstPageSlot image={firstPageImage} label={t('reader.opening')} />
          ) : doc === null ? (
            <Loading label={t('reader.opening')} />
          ) : (
            viewerWidth > 0 && (
              <PdfPageView
                doc={doc}
                pageNumber={current}
                zoom={zoom.zoom}
                viewerWidth={viewerWidth}
                queryHighlighter={queryHighlighter}
                findHighlighter={findHighlighter}
                activeFind={find.active}
                onRendered={onRendered}
                onFindMatches={find.setOnPage}
                onError={onUnavailable}
                pageWordsOf={pageWordsOf}
                firstPageImage={firstPageImage}
              >
                {passages.enabled && (
                  <PassageMarks
                    highlights={passages.highlights.filter((h) => h.page === current)}
                    rootFor={pdfTextLayer}
                    onMissing={passages.onMissing}
                  />
                )}
              </PdfPageView>
            )
          )}
        </div>
      </div>
    </div>
  );
}
