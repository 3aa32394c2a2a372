// The width the reader will give a document's page, reckoned from the window alone, before any
// stylesheet has loaded: the document screen's horizontal layout (base.css, layout.css,
// reader.css) summed up, so that the page's head can ask for the first page's image at once. The
// stand-in measured in the page (predicted-viewer-width.ts) stays the app's own figure: the
// end-to-end test reader-first-page-preload holds the two equal on either side of every
// breakpoint, and should they part, the early request merely goes unused.
import { usableViewerWidth } from '../zoom.ts';

/** --content-width (base.css). */
const CONTENT_WIDTH = 1200;

export interface WindowMetrics {
  /** The window's width in CSS pixels, its scroll bar included, as media queries take it. */
  width: number;
  /** What a scroll bar takes of it: 0 where scroll bars lie over the page. */
  scrollbarWidth: number;
  /** The root font size in CSS pixels. */
  rem: number;
}

export function viewerWidthForWindow({ width, scrollbarWidth, rem }: WindowMetrics): number {
  // The media queries' breakpoints: a phone, a narrow window, a tablet.
  const phone = width <= 600;
  const narrow = width <= 720;
  const tablet = width <= 860;
  // .app-main: the window's width within the content width, less its padding.
  const main = Math.min(width - scrollbarWidth, CONTENT_WIDTH) - 2 * (narrow ? 1 : 1.5) * rem;
  // .document-reader reaches into that padding on a phone; .reader has a 1px border.
  const reader = main + (phone ? 2 * rem : 0) - 2;
  // .reader-panel and its 1px border, hidden on a phone.
  const panel = phone ? 0 : (tablet ? 10 : 15) * rem + 1;
  // .reader-viewport's padding.
  const padding = 2 * (phone ? 0.25 : 1) * rem;
  return usableViewerWidth(reader - panel - padding);
}

/** A scroll bar's width, from a small box that scrolls: the document screen always has one. */
function scrollbarWidth(): number {
  const box = document.createElement('div');
  box.style.cssText =
    'position:absolute;top:-200px;width:100px;height:100px;overflow:scroll;visibility:hidden';
  document.documentElement.append(box);
  const width = box.offsetWidth - box.clientWidth;
  box.remove();
  return width;
}

/** The viewer's width for this window, as the reader will measure it. */
export function foreseenViewerWidth(): number {
  return viewerWidthForWindow({
    width: window.innerWidth,
    scrollbarWidth: scrollbarWidth(),
    rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
  });
}
