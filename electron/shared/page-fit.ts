// How a PDF page fits the reader: the scale that fits it to the viewer's width and the pixel
// density of its drawing. Shared by the reader's canvas and the first-page image the server
// draws, so that the image and the canvas that replaces it have the same size.

/** How a page is fitted: to a viewer this wide (CSS pixels), on a screen of this pixel ratio. */
export interface PageFit {
  viewerWidth: number;
  density: number;
}

/** On a phone every pixel of width goes to the page: a margin would only shrink its text. */
export const NARROW_VIEWER = 600;
const PAGE_MARGIN = 32;
const NARROW_PAGE_MARGIN = 4;

/** Drawn pixels are capped so that high zoom on a high-density screen stays within memory. */
export const MAX_PAGE_PIXELS = 16_000_000;

/** The scale that fits a page (its width at scale 1) to the viewer's width. */
export function fitWidthScale(pageWidth: number, viewerWidth: number): number {
  if (pageWidth <= 0 || viewerWidth <= 0) return 1;
  const margin = viewerWidth < NARROW_VIEWER ? NARROW_PAGE_MARGIN : PAGE_MARGIN;
  return Math.max(0.25, Math.min(4, (viewerWidth - margin) / pageWidth));
}

/** Device pixels per CSS pixel for a page of this CSS size: the screen's, within the cap. */
export function pageDensity(devicePixelRatio: number, cssWidth: number, cssHeight: number): number {
  return Math.min(devicePixelRatio || 1, Math.sqrt(MAX_PAGE_PIXELS / (cssWidth * cssHeight)));
}
