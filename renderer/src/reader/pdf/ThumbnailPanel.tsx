// Small pictures of every page, drawn only when scrolled into view and one at a time, so a long
// document never holds up the page being read.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const THUMB_WIDTH = 120;

function Thumbnail({
  doc,
  page,
  current,
  matches,
  queue,
  onSelect,
}: {
  doc: PDFDocumentProxy;
  page: number;
  current: boolean;
  matches: number;
  queue: { current: Promise<void> };
  onSelect(page: number): void;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const element = holder.current;
    if (element === null) return;
    let cancelled = false;
    const draw = async () => {
      if (cancelled) return;
      const pdfPage = await doc.getPage(page);
      const viewport = pdfPage.getViewport({
        scale: THUMB_WIDTH / pdfPage.getViewport({ scale: 1 }).width,
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await pdfPage.render({ canvas, viewport }).promise;
      if (!cancelled) element.replaceChildren(canvas);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        queue.current = queue.current.then(draw).catch(() => undefined);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [doc, page, queue]);

  return (
    <li>
      <button
        type="button"
        className={current ? 'thumbnail thumbnail--current' : 'thumbnail'}
        aria-current={current ? 'page' : undefined}
        onClick={() => onSelect(page)}
        data-testid="thumbnail"
        data-page={page}
      >
        <span ref={holder} className="thumbnail__image" aria-hidden="true" />
        <span className="thumbnail__label">
          {t('reader.pageNumber', { page })}
          {matches > 0 && (
            <span className="thumbnail__matches">
              {t('reader.matchesShort', { count: matches })}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

export function ThumbnailPanel({
  doc,
  current,
  matchCounts,
  onSelect,
}: {
  doc: PDFDocumentProxy;
  current: number;
  matchCounts: Map<number, number>;
  onSelect(page: number): void;
}) {
  const { t } = useTranslation();
  const queue = useRef(Promise.resolve());
  return (
    <ol className="thumbnails" aria-label={t('reader.thumbnails')}>
      {Array.from({ length: doc.numPages }, (_, i) => i + 1).map((page) => (
        <Thumbnail
          key={page}
          doc={doc}
          page={page}
          current={page === current}
          matches={matchCounts.get(page) ?? 0}
          queue={queue}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
