// The reader's page slot while pdf.js opens the file: the first page's image the server drew,
// taken from the start-up stand-in (or fetched on entering the document), where the page's
// canvas will be.
import { useLayoutEffect, useRef } from 'react';
import { placeFirstPageImage } from './first-page-image.ts';

export function FirstPageSlot({ image, label }: { image: HTMLImageElement; label: string }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (slot.current) placeFirstPageImage(image, slot.current);
  }, [image]);
  return (
    <div
      ref={slot}
      className="pdf-page pdf-page--first-image"
      role="status"
      aria-busy="true"
      aria-label={label}
      data-testid="first-page-slot"
    />
  );
}
