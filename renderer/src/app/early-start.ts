// What the address at start-up needs first. For a document's first page, the image of it the
// server drew, alone, so that nothing competes with it for the server, the connections or the main
// thread until it is painted (firstSight). Then, side by side while the rest of the interface's
// code loads: the taxonomy, for every screen; for a document, its details, its bytes opened and its
// page drawn by pdf.js, the reader's code and the PDF worker. The screens take these answers when
// they mount.
import { ANSWER_KEYS, askEarly } from '../api/early-answers.ts';
import type { PortalConnection } from '../api/index.ts';
import { openPdfEarly } from '../reader/pdf/early-opening.ts';
import { loadFirstPageImage, showFirstPageAtStart } from '../reader/pdf/first-page-image.ts';
import { predictedViewerWidth } from '../reader/pdf/predicted-viewer-width.ts';
import { pdfWorkerPort } from '../reader/pdf/pdf-worker-port.ts';
import { currentRoute, subscribe } from '../router/navigation.ts';
import type { Route } from '../router/routes.ts';

export const loadDocumentPage = () => import('../pages/DocumentPage.tsx');

/** Settles once the address's first sight is painted (or cannot be soon): see showFirstPageAtStart. */
export function firstSight(route: Route): Promise<void> {
  return route.name === 'document' && (route.page ?? 1) === 1
    ? showFirstPageAtStart(route.id)
    : Promise.resolve();
}

export function startEarly(route: Route, { api, documentUrl }: PortalConnection): void {
  askEarly(ANSWER_KEYS.taxonomy, () => api.taxonomy());
  if (route.name !== 'document') return;
  askEarly(ANSWER_KEYS.document(route.id), () => api.getDocument(route.id));
  pdfWorkerPort();
  openPdfEarly(documentUrl(route.id), route.page ?? 1);
  // The document screen asks for it too, and says so if it cannot be fetched.
  loadDocumentPage().catch(() => {});
}

/**
 * Entering a document from another screen: its first page's image fetched first and alone, and
 * shown by the screen without its details; once it is painted (or the server has none drawn), the
 * details asked for (the screen takes them when it mounts, rather than asking once rendered), and
 * the PDF opened and its page drawn: they would compete with the image for the server, and the
 * render and drawing they bring would hold up its paint. Moving between its pages is not entering.
 */
export function startEarlyOnEntering({ api, documentUrl }: PortalConnection): void {
  let shown = currentRoute();
  subscribe(() => {
    const route = currentRoute();
    const entering =
      route.name === 'document' && (shown.name !== 'document' || shown.id !== route.id);
    shown = route;
    if (!entering) return;
    const page = route.page ?? 1;
    const imagePainted =
      page === 1 ? loadFirstPageImage(route.id, predictedViewerWidth()) : Promise.resolve();
    askEarly(ANSWER_KEYS.document(route.id), () =>
      imagePainted.then(() => api.getDocument(route.id)),
    );
    openPdfEarly(documentUrl(route.id), page, imagePainted);
  });
}
