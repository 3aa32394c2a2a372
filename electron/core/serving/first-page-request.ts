// GET /first-page/<document id>?width=&density=: the image of a PDF's first page fitted to the
// reader (first-page/first-page-images.ts), answered alike by the HTTP server and the desktop
// app's protocol. A document is reached through the same view as its file: a classroom visitor
// gets no image of a document it cannot see, and is told the same as for an unknown id. Asked
// with cached=only, a page not drawn yet is answered at once with 504, as HTTP answers
// only-if-cached when nothing is stored, and no drawing is started.
import { FIRST_PAGE_ROUTE, readFirstPageAddress } from '#shared/first-page-address.ts';
import { FirstPageBusyError } from '../first-page/first-page-images.ts';
import type { FirstPageImages } from '../first-page/first-page-images.ts';
import { DOCUMENT_ROUTE, resolveAppFile } from './app-files.ts';
import type { AppFileSources } from './app-files.ts';
import { contentTypeFor } from './content-type.ts';
import { APP_SECURITY_HEADERS } from './security-headers.ts';

export interface FirstPageRequest {
  method: string;
  pathname: string;
  /** The query string, without its "?". */
  search: string;
  /** The If-None-Match header, if any. */
  ifNoneMatch: string | null;
}

export interface FirstPageSources extends Pick<
  AppFileSources,
  'staticDir' | 'libraryDir' | 'resolveDocumentFile'
> {
  /** Where images come from; without it, none is served. */
  firstPages?: FirstPageImages;
}

export type FirstPageAnswer =
  | { ok: true; status: 200 | 304; headers: Record<string, string>; body: Uint8Array | null }
  | {
      ok: false;
      status: number;
      /** Safe to show: names no folder. */
      message: string;
      /** What went wrong in full, for the log of whoever serves. */
      detail?: string;
      headers: Record<string, string>;
    };

export const isFirstPageRequest = (pathname: string) => pathname.startsWith(FIRST_PAGE_ROUTE);

const refused = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
  detail?: string,
): FirstPageAnswer => ({ ok: false, status, message, headers, detail });

export async function answerFirstPageRequest(
  request: FirstPageRequest,
  sources: FirstPageSources,
): Promise<FirstPageAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refused(405, 'First-page images are read-only: only GET and HEAD are served.', {
      Allow: 'GET, HEAD',
    });
  const address = readFirstPageAddress(request.pathname, request.search);
  if (!address.ok) return refused(400, address.message);
  if (!sources.firstPages) return refused(404, 'First-page images are not served here.');
  const file = await resolveAppFile(`${DOCUMENT_ROUTE}${address.documentId}`, sources);
  if (!file.ok)
    return refused(
      404,
      `No document with the id ${address.documentId} has a file here.`,
      {},
      file.message,
    );
  if (contentTypeFor(file.path) !== 'application/pdf')
    return refused(
      415,
      "This document is not a PDF: only a PDF's first page is drawn as an image.",
    );
  let image;
  try {
    image = await sources.firstPages.image(file.path, address.fit, address.cachedOnly);
  } catch (error) {
    if (error instanceof FirstPageBusyError)
      return refused(503, 'Other first pages are being drawn; the reader draws this one itself.', {
        'Retry-After': '2',
      });
    return refused(
      422,
      'The first page of this PDF could not be drawn.',
      {},
      error instanceof Error ? error.message : String(error),
    );
  }
  if (image === null)
    return refused(
      504,
      'This first page has not been drawn yet: ask without cached=only to have it drawn.',
    );
  const etag = `"${image.tag}"`;
  const headers = {
    ...APP_SECURITY_HEADERS,
    'Content-Type': 'image/webp',
    'Cache-Control': 'no-cache',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ETag: etag,
  };
  if (request.ifNoneMatch === etag) return { ok: true, status: 304, headers, body: null };
  return {
    ok: true,
    status: 200,
    headers: { ...headers, 'Content-Length': String(image.webp.byteLength) },
    body: request.method === 'HEAD' ? null : image.webp,
  };
}
