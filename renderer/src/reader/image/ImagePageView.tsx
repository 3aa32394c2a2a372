// One page of a scanned image document: the image at the reader's zoom (fitted to its width
// unless zoomed), with the text layer of the words OCR recognised on it over the image, built
// again at each scale so that its words stay on the image's, and the query and find matches
// highlighted in that layer as on a PDF page.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { imageView } from '#shared/ocr-layer-geometry.ts';
import type { PageWords } from '#shared/ocr-types.ts';
import type { Highlighter } from '../highlight/highlighter.ts';
import { useTextLayerMarks } from '../use-text-layer-marks.ts';
import { ocrTextLayer } from '../ocr/ocr-text-layer.ts';
import { textLayerFontsReady } from '../pdf/pdfjs.ts';
import { scaleFor } from '../zoom.ts';
import type { Zoom } from '../zoom.ts';

interface Props {
  url: string;
  pageNumber: number;
  zoom: Zoom;
  viewerWidth: number;
  /** The words OCR recognised on the page; null when it has none (yet). */
  words: PageWords | null;
  queryHighlighter: Highlighter | null;
  findHighlighter: Highlighter | null;
  /** Which find match on this page is current; -1 for the last one. */
  activeFind: number;
  onFindMatches(count: number): void;
  /** Told the scale the image is shown at, once its size is known and when it changes. */
  onShown(scale: number): void;
  onError(): void;
  children?: ReactNode;
}

interface Size {
  url: string;
  width: number;
  height: number;
}

export function ImagePageView(props: Props) {
  const { url, pageNumber, zoom, viewerWidth, words, queryHighlighter, findHighlighter } = props;
  const { activeFind } = props;
  const { t } = useTranslation();
  const textHolder = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState<Size | null>(null);
  const size = natural?.url === url ? natural : null;
  const scale = size ? scaleFor(zoom, size.width, viewerWidth) : 1;
  const onShown = useEffectEvent(props.onShown);
  useEffect(() => {
    if (size) onShown(scale);
  }, [size, scale]);
  const [layerKey, setLayerKey] = useState<string | null>(null);
  const key = `${url}:${scale}:${words ? words.page : 'none'}`;

  useEffect(() => {
    if (!size) return;
    let live = true;
    void textLayerFontsReady().then(() => {
      const holder = textHolder.current;
      if (!live || !holder) return;
      if (words) {
        const shown = imageView(size.width, size.height, scale);
        holder.replaceChildren(ocrTextLayer(words, imageView(size.width, size.height), shown));
      } else holder.replaceChildren();
      setLayerKey(key);
    });
    return () => {
      live = false;
    };
  }, [size, scale, words, key]);

  const ready = layerKey === key && words !== null;
  useTextLayerMarks(
    textHolder,
    ready,
    queryHighlighter,
    findHighlighter,
    activeFind,
    props.onFindMatches,
  );

  const width = size ? Math.floor(size.width * scale) : undefined;
  const height = size ? Math.floor(size.height * scale) : undefined;
  return (
    <div
      className="pdf-page image-page"
      data-testid="reader-page"
      data-page-number={pageNumber}
      data-rendered={ready}
      role="region"
      aria-label={t('reader.pageRegion', { page: pageNumber })}
      style={size ? { width, height } : undefined}
    >
      <img
        src={url}
        alt=""
        aria-hidden="true"
        className="image-page__image"
        width={width}
        height={height}
        onLoad={(event) =>
          setNatural({
            url,
            width: event.currentTarget.naturalWidth,
            height: event.currentTarget.naturalHeight,
          })
        }
        onError={props.onError}
        data-testid="page-image"
      />
      <div ref={textHolder} className="pdf-page__text" />
      {props.children}
    </div>
  );
}
