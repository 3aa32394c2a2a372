// One PDF page: drawn on a canvas, with pdf.js's text layer over it so text can be selected and
// copied, and the query and find matches highlighted in that layer. A new canvas is drawn off
// screen and swapped in when complete, so zooming never flashes an empty page; its text layer
// follows once built. On a page whose text OCR recognised, the text layer is built from the
// recognised words instead (ocr-text-layer.ts).
import { TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '#shared/ocr-layer-geometry.ts';
import type { Highlighter } from '../highlight/highlighter.ts';
import { useTextLayerMarks } from '../use-text-layer-marks.ts';
import { ocrTextLayer } from '../ocr/ocr-text-layer.ts';
import type { PageWordsOf } from '../ocr/use-page-words.ts';
import { scrollViewportToTop } from '../scroll.ts';
import { boldenTextRuns } from './bold-text-runs.ts';
import { takeEarlyPage } from './early-first-page.ts';
import { dropFirstPageImage, placeFirstPageImage, rememberPageTop } from './first-page-image.ts';
import { setGlyphBands } from './glyph-bands.ts';
import { drawPageCanvas } from './page-canvas.ts';
import { textLayerFontsReady } from './pdfjs.ts';
import { textLayerContent } from './text-layer-content.ts';
import { scaleFor } from '../zoom.ts';
import type { Zoom } from '../zoom.ts';

export interface RenderedPage {
  page: number;
  scale: number;
}

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  zoom: Zoom;
  viewerWidth: number;
  queryHighlighter: Highlighter | null;
  findHighlighter: Highlighter | null;
  /** Which find match on this page is current; -1 for the last one. */
  activeFind: number;
  onRendered(rendered: RenderedPage): void;
  onFindMatches(count: number): void;
  onError(message: string): void;
  /** The words OCR recognised on a page, for a scanned page's text layer; none without it. */
  pageWordsOf?: PageWordsOf;
  /** The first page's image the server drew, shown in the canvas's place until it is drawn. */
  firstPageImage?: HTMLImageElement | null;
  /** Drawn over the page, such as its passage highlights. */
  children?: ReactNode;
}

export function PdfPageView(props: Props) {
  const { doc, pageNumber, zoom, viewerWidth, queryHighlighter, findHighlighter, activeFind } =
    props;
  const { pageWordsOf } = props;
  const { t } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHolder = useRef<HTMLDivElement>(null);
  const textHolder = useRef<HTMLDivElement>(null);
  const onRendered = useEffectEvent(props.onRendered);
  const onError = useEffectEvent(props.onError);
  const [rendered, setRendered] = useState<{
    key: string;
    width: number;
    height: number;
    /** Whether the text layer is in place over the canvas. */
    withText: boolean;
  } | null>(null);
  const renderKey = `${pageNumber}:${zoom}:${viewerWidth}`;
  const shownPage = useRef<number | null>(null);
  const firstPageImage = pageNumber === 1 ? (props.firstPageImage ?? null) : null;
  const [imageShown, setImageShown] = useState(false);
  const placedImage = useRef<HTMLImageElement | null>(null);

  // Before the first paint, so that the image taken from the loading reader never leaves the screen.
  useLayoutEffect(() => {
    const holder = canvasHolder.current;
    if (firstPageImage === null || holder === null || holder.firstChild !== null) return;
    placeFirstPageImage(firstPageImage, holder);
    placedImage.current = firstPageImage;
    setImageShown(true);
  }, [firstPageImage]);

  useEffect(() => {
    let cancelled = false;
    let cancelWork: (() => void) | null = null;
    const draw = async () => {
      const page = await doc.getPage(pageNumber);
      if (cancelled) return;
      const scale = scaleFor(zoom, page.getViewport({ scale: 1 }).width, viewerWidth);
      const viewport = page.getViewport({ scale });
      let canvas = await takeEarlyPage(doc, pageNumber, scale);
      if (cancelled) return;
      if (canvas === null) {
        const drawing = drawPageCanvas(page, scale);
        cancelWork = () => drawing.task.cancel();
        await drawing.task.promise;
        if (cancelled) return;
        canvas = drawing.canvas;
      } else {
        performance.mark('reader:page-drawn-at-start');
      }
      const size = { width: Math.floor(viewport.width), height: Math.floor(viewport.height) };
      // The canvas shows as soon as it is drawn; the text layer, built after it so that the two do
      // not compete for the main thread, follows.
      canvasHolder.current?.replaceChildren(canvas);
      if (placedImage.current) {
        dropFirstPageImage(placedImage.current);
        placedImage.current = null;
        setImageShown(false);
      }
      textHolder.current?.replaceChildren();
      // A new page starts at its top; a new zoom of the same page keeps the place.
      if (shownPage.current !== pageNumber && pageRef.current) scrollViewportToTop(pageRef.current);
      if (shownPage.current === null && pageRef.current) {
        const shown = pageRef.current;
        requestAnimationFrame(() => rememberPageTop(shown));
      }
      shownPage.current = pageNumber;
      setRendered({ key: renderKey, ...size, withText: false });
      onRendered({ page: pageNumber, scale });

      const words = pageWordsOf ? await pageWordsOf(pageNumber) : null;
      if (cancelled) return;
      if (words) {
        await textLayerFontsReady();
        if (cancelled) return;
        const view = (v: typeof viewport) => ({
          transform: v.transform as unknown as Matrix,
          width: v.width,
          height: v.height,
        });
        textHolder.current?.replaceChildren(
          ocrTextLayer(words, view(page.getViewport({ scale: 1 })), view(viewport)),
        );
        setRendered({ key: renderKey, ...size, withText: true });
        return;
      }
      const textDiv = document.createElement('div');
      textDiv.className = 'textLayer';
      const [read] = await Promise.all([
        page.getTextContent({ includeMarkedContent: true }),
        textLayerFontsReady(),
      ]);
      if (cancelled) return;
      const content = textLayerContent(read);
      const textLayer = new TextLayer({ textContentSource: content, container: textDiv, viewport });
      cancelWork = () => textLayer.cancel();
      await textLayer.render();
      if (cancelled) return;
      const end = document.createElement('div');
      end.className = 'endOfContent';
      textDiv.append(end);
      pageRef.current?.style.setProperty('--total-scale-factor', String(scale));
      textHolder.current?.replaceChildren(textDiv);
      boldenTextRuns(page, content, textLayer.textDivs);
      setGlyphBands(textLayer.textDivs);
      setRendered({ key: renderKey, ...size, withText: true });
    };
    draw().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException'))
        return;
      onError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      cancelWork?.();
    };
  }, [doc, pageNumber, zoom, viewerWidth, renderKey, pageWordsOf]);

  // Highlights are redrawn whenever the page, the query or the find text changes.
  const ready = rendered?.key === renderKey && rendered.withText;
  useTextLayerMarks(
    textHolder,
    ready,
    queryHighlighter,
    findHighlighter,
    activeFind,
    props.onFindMatches,
  );

  return (
    <div
      ref={pageRef}
      className="pdf-page"
      data-testid="reader-page"
      data-page-number={pageNumber}
      data-rendered={ready}
      role="region"
      aria-label={t('reader.pageRegion', { page: pageNumber })}
      style={rendered ? { width: rendered.width, height: rendered.height } : undefined}
    >
      <div ref={canvasHolder} className="pdf-page__canvas" />
      <div ref={textHolder} className="pdf-page__text" />
      {/* Until something is drawn: a drawn page stays in view while its text layer is built. */}
      {rendered === null && !imageShown && <div className="pdf-page__loading" aria-hidden="true" />}
      {props.children}
    </div>
  );
}
