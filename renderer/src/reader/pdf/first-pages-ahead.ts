// First-page images fetched ahead for the document whose link the user points at or focuses, so
// that entering it shows its first page at once. Only images the server has already drawn are
// fetched (see fetchFirstPageAhead), so that passing over links never starts drawings.
import { parseHash } from '../../router/routes.ts';
import { fetchFirstPageAhead } from './first-page-image.ts';
import { predictedViewerWidth } from './predicted-viewer-width.ts';

let measured: { windowWidth: number; viewerWidth: number } | null = null;

/** The reader's predicted width, measured again only when the window's width changes. */
export function viewerWidthAhead(): number {
  if (measured?.windowWidth !== window.innerWidth)
    measured = { windowWidth: window.innerWidth, viewerWidth: predictedViewerWidth() };
  return measured.viewerWidth;
}

/** The document a link opens at its first page, if it is one. */
function documentOpenedBy(target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest('a[href^="#/doc/"]') : null;
  if (link === null) return null;
  const route = parseHash(link.getAttribute('href') ?? '');
  return route.name === 'document' && (route.page ?? 1) === 1 ? route.id : null;
}

/** Fetches ahead the first page of a document whose link is pointed at or focused. */
export function fetchAheadOnPointing(): void {
  const onIntent = (event: Event) => {
    const id = documentOpenedBy(event.target);
    if (id !== null) fetchFirstPageAhead(id, viewerWidthAhead());
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
}
