// The address of a PDF's first-page image, fitted to a reader's viewer width at a screen's pixel
// density: built by the page shell, read by the server and the desktop app's protocol. With
// `cached=only` the image is answered only when already drawn (HTTP's only-if-cached, as a query
// so that an <img> can ask it): a page shell that holds its code back for the image learns at once
// that there is none yet, instead of waiting for a drawing.
import { isDocumentId } from './document-id.ts';
import type { PageFit } from './page-fit.ts';

export const FIRST_PAGE_ROUTE = '/first-page/';

export const MIN_VIEWER_WIDTH = 100;
export const MAX_VIEWER_WIDTH = 8000;
export const MIN_DENSITY = 0.5;
export const MAX_DENSITY = 4;

/** The address, relative to the interface's own (no leading slash). */
export function firstPageAddress(documentId: string, fit: PageFit, cachedOnly = false): string {
  const density = Math.round(fit.density * 100) / 100;
  const address = `${FIRST_PAGE_ROUTE.slice(1)}${documentId}?width=${fit.viewerWidth}&density=${density}`;
  return cachedOnly ? `${address}&cached=only` : address;
}

export type FirstPageAddress =
  | { ok: true; documentId: string; fit: PageFit; cachedOnly: boolean }
  | { ok: false; message: string };

const USAGE =
  'First-page images are addressed as /first-page/<64-character document id>?width=<viewer width in CSS pixels>&density=<device pixel ratio>, with &cached=only to be answered only with an image already drawn.';

export function readFirstPageAddress(pathname: string, search: string): FirstPageAddress {
  const documentId = pathname.slice(FIRST_PAGE_ROUTE.length);
  if (!pathname.startsWith(FIRST_PAGE_ROUTE) || !isDocumentId(documentId))
    return { ok: false, message: USAGE };
  const query = new URLSearchParams(search);
  const widthText = query.get('width') ?? '';
  const densityText = query.get('density') ?? '';
  const viewerWidth = /^\d{1,5}$/.test(widthText) ? Number(widthText) : Number.NaN;
  const density = /^\d(\.\d{1,2})?$/.test(densityText) ? Number(densityText) : Number.NaN;
  if (!(viewerWidth >= MIN_VIEWER_WIDTH && viewerWidth <= MAX_VIEWER_WIDTH))
    return {
      ok: false,
      message: `The width must be a whole number of CSS pixels from ${MIN_VIEWER_WIDTH} to ${MAX_VIEWER_WIDTH}. ${USAGE}`,
    };
  if (!(density >= MIN_DENSITY && density <= MAX_DENSITY))
    return {
      ok: false,
      message: `The density must be a device pixel ratio from ${MIN_DENSITY} to ${MAX_DENSITY}, with at most two decimals. ${USAGE}`,
    };
  const cached = query.get('cached');
  if (cached !== null && cached !== 'only')
    return { ok: false, message: `cached, when given, must be "only". ${USAGE}` };
  return { ok: true, documentId, fit: { viewerWidth, density }, cachedOnly: cached === 'only' };
}
