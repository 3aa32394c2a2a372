// Zoom settings of the readers that show pages (PDF pages and page images): fit the page to the
// width available, or a fixed scale.
import { fitWidthScale, NARROW_VIEWER } from '#shared/page-fit.ts';

export type Zoom = 'fit-width' | number;

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/**
 * A viewer's width as the reader goes by it: rounded down, so that a scroll bar coming and going
 * does not redraw the page and a page fitted to the width is never wider than the viewer; finely
 * on a phone, whose scroll bars take no room and whose every pixel of width counts.
 */
export function usableViewerWidth(exact: number): number {
  const step = exact < NARROW_VIEWER ? 4 : 24;
  return Math.floor(exact / step) * step;
}

/** The scale to draw a page at, from its width at scale 1 and the width of the viewer. */
export function scaleFor(zoom: Zoom, pageWidth: number, viewerWidth: number): number {
  return zoom === 'fit-width' ? fitWidthScale(pageWidth, viewerWidth) : zoom;
}

export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((s) => s > current + 0.01) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
}

export function zoomOut(current: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.01) ?? ZOOM_STEPS[0];
}
