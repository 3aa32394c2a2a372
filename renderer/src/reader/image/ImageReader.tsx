// The reader of a scanned image document (PNG, JPEG, TIFF): one page image at a time, with zoom,
// the invisible text of the words OCR recognised on it, find in the document, the search terms
// highlighted, and the notice that the page's text was recognised from a scan.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassageMarks } from '../../highlights/PassageMarks.tsx';
import { PassageToolbar } from '../../highlights/PassageToolbar.tsx';
import { HighlightSelectionButton, MissingPassages } from '../../highlights/ReaderPassageParts.tsx';
import type { HighlightList } from '../../highlights/use-highlights.ts';
import { usePassageHighlighting } from '../../highlights/use-passage-highlighting.ts';
import { Loading } from '../../components/Loading.tsx';
import { OcrNotice } from '../ocr/OcrNotice.tsx';
import { usePageWords, usePageWordsOf } from '../ocr/use-page-words.ts';
import { QueryHighlightBar } from '../QueryHighlightBar.tsx';
import { ReaderToolbar } from '../toolbar/ReaderToolbar.tsx';
import { useMatching } from '../use-matching.ts';
import { usePageFind } from '../use-page-find.ts';
import { usePageTexts } from '../use-page-texts.ts';
import { useViewerWidth } from '../use-viewer-width.ts';
import { useZoom } from '../use-zoom.ts';
import { onViewerKeyDown } from '../viewer-keys.ts';
import { ImagePageView } from './ImagePageView.tsx';
import { usePageImage } from './use-page-image.ts';

export interface ImageReaderProps {
  documentId: string;
  /** The document's file: the page image of a PNG or JPEG. */
  url: string;
  pageCount: number;
  page: number;
  onPageChange(page: number): void;
  query: string;
  onClearQuery(): void;
  hasOcr: boolean;
  passages?: HighlightList;
}

const textLayerOf = (host: Element) =>
  host.getAttribute('data-rendered') === 'true' ? host.querySelector('.textLayer') : null;

export function ImageReader(props: ImageReaderProps) {
  const { documentId, url, pageCount, page, onPageChange, query, onClearQuery, hasOcr } = props;
  const { t } = useTranslation();
  const pages = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), pages);
  const find = usePageFind();
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [viewer, setViewer] = useState<HTMLDivElement | null>(null);
  const viewerWidth = useViewerWidth(viewer);
  const zoom = useZoom();
  const passages = usePassageHighlighting(documentId, props.passages, viewer, '.textLayer');
  const pageTexts = usePageTexts(documentId, query !== '' || find.text !== '', pages, current);
  const { queryHighlighter, findHighlighter, queryMatches, findMatches } = useMatching(
    query,
    find.text,
    pageTexts?.pages ?? null,
  );
  const pageWordsOf = usePageWordsOf(documentId, hasOcr);
  const words = usePageWords(pageWordsOf, current);
  const image = usePageImage(documentId, current, url);
  const imageFailed = image.state === 'ready' && image.url === failedUrl;

  const goTo = (target: number) => {
    const next = Math.min(Math.max(1, target), pages);
    if (next !== current) {
      find.restart();
      onPageChange(next);
    }
  };

  return (
    <div
      className="reader"
      data-testid="image-reader"
      data-page-count={pages}
      data-scale={zoom.scale ?? undefined}
    >
      <ReaderToolbar
        navigation={{ current, count: pages, labels: null, goTo }}
        zoom={zoom}
        find={find}
        findMatches={findMatches}
        onFindPage={onPageChange}
      >
        {passages.enabled && <HighlightSelectionButton {...passages.button} />}
      </ReaderToolbar>
      <QueryHighlightBar
        query={query}
        matches={queryMatches}
        current={current}
        onSelectPage={goTo}
        onClear={onClearQuery}
      />
      <OcrNotice words={words} />
      <MissingPassages missing={passages.missing} />
      <PassageToolbar {...passages.toolbar} />
      <div className="reader-body">
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
          {image.state === 'failed' || imageFailed ? (
            <p className="empty" role="alert">
              {t('reader.fileUnavailable', {
                message: image.state === 'failed' ? image.message : url,
              })}
            </p>
          ) : image.state === 'loading' || viewerWidth === 0 ? (
            <Loading label={t('reader.opening')} />
          ) : (
            <ImagePageView
              url={image.url}
              pageNumber={current}
              zoom={zoom.zoom}
              viewerWidth={viewerWidth}
              words={words}
              queryHighlighter={queryHighlighter}
              findHighlighter={findHighlighter}
              activeFind={find.active}
              onFindMatches={find.setOnPage}
              onShown={zoom.onShown}
              onError={() => setFailedUrl(image.url)}
            >
              {passages.enabled && (
                <PassageMarks
                  highlights={passages.highlights.filter((h) => h.page === current)}
                  rootFor={textLayerOf}
                  onMissing={passages.onMissing}
                />
              )}
            </ImagePageView>
          )}
        </div>
      </div>
    </div>
  );
}
