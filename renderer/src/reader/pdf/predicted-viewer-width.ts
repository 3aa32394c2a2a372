// The width the reader will give a document's page, known before the interface is drawn: a
// stand-in of the document screen, built with the same classes, is laid out and measured, so
// that the figure follows the styles (panel widths, margins, narrow screens) by itself.
import { usableViewerWidth } from '../zoom.ts';

function box(className: string, ...children: HTMLElement[]): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.append(...children);
  return element;
}

export interface DocumentScreenStandIn {
  screen: HTMLElement;
  viewer: HTMLElement;
}

/** The document screen's frame down to the reader's viewer, not yet in the page. */
export function documentScreenStandIn(): DocumentScreenStandIn {
  const viewer = box('reader-viewport');
  const screen = box(
    'app app--document',
    box(
      'app-main',
      box(
        'document-page',
        box(
          'document-reader',
          box('reader reader--with-panel', box('reader-body', box('reader-panel'), viewer)),
        ),
      ),
    ),
  );
  // A document screen is taller than the window, so the window's scroll bar takes its width.
  screen.style.minHeight = '200vh';
  screen.setAttribute('aria-hidden', 'true');
  return { screen, viewer };
}

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
