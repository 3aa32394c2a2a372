// The width the reader will give a document's page, known before the interface is drawn: a
// stand-in of the document screen, built with the same classes, is laid out and measured, so
// that the figure follows the styles (panel widths, margins, narrow screens) by itself.
import { usableViewerWidth } from '../zoom.ts';
import { documentScreenStandIn } from './document-screen-stand-in.ts';

/** The viewer's width as the reader goes by it, from a stand-in laid out in the page. */
export function measuredViewerWidth(viewer: HTMLElement): number {
  const style = getComputedStyle(viewer);
  const exact = viewer.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return usableViewerWidth(exact);
}

export function predictedViewerWidth(): number {
  const { screen, viewer } = documentScreenStandIn();
  screen.style.visibility = 'hidden';
  document.body.append(screen);
  const width = measuredViewerWidth(viewer);
  screen.remove();
  return width;
}
