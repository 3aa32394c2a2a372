// Which file answers a GET for the app: the built interface (with the single-page fallback to
// index.html) or a library document at /files/<documentId> (reading lists' zips are answered in
// list-download.ts). Shared by the desktop app's
// protocol handler and the HTTP server.
import { APP_SECURITY_HEADERS, DOCUMENT_SECURITY_HEADERS } from './security-headers.ts';
import { resolveFileInsideRoot, resolveUrlPathInsideRoot } from './safe-path.ts';
import { isDocumentId } from '#shared/document-id.ts';
import type { PortalApi } from '#shared/api.ts';
import type { ReadingListDownloads } from './list-download.ts';
import type { FirstPageImages } from '../first-page/first-page-images.ts';

export interface AppFileSources {
  /** The built interface (dist/renderer). */
  staticDir: string;
  /**
   * The library folder: documents are served only from inside it. Null for a library database
   * served without its folder: its documents' text is read, their files are not served.
   */
  libraryDir: string | null;
  /** The engine's answer to "where is this document's file?": a path in the library, or null. */
  resolveDocumentFile: (documentId: string) => string | null;
  /** A document's title, which a download is named after; without it, the id is. */
  documentTitle?: (documentId: string) => Promise<string | null>;
  /** The reading lists downloaded as zips at /lists/<id>/download; without them, none is. */
  lists?: ReadingListDownloads;
  /** PDFs' first pages as images at /first-page/<documentId>; without them, none is served. */
  firstPages?: FirstPageImages;
}

export type AppFileResolution =
  | {
      ok: true;
      kind: 'asset' | 'document';
      path: string;
      size: number;
      headers: Record<string, string>;
    }
  | { ok: false; status: 403 | 404; message: string };

export const DOCUMENT_ROUTE = '/files/';

const NO_FOLDER =
  "This library is served without its folder, so its documents' files cannot be opened here; their text can be read.";

/** Document titles as the API gives them, for naming downloads. */
export function documentTitlesFrom(api: PortalApi): (documentId: string) => Promise<string | null> {
  return async (documentId) => {
    const detail = await api.getDocument(documentId);
    return detail.ok ? detail.value.title : null;
  };
}

export async function resolveAppFile(
  pathname: string,
  sources: AppFileSources,
): Promise<AppFileResolution> {
  if (pathname.startsWith(DOCUMENT_ROUTE))
    return resolveDocument(pathname.slice(DOCUMENT_ROUTE.length), sources);
  const asset = await resolveUrlPathInsideRoot(sources.staticDir, pathname);
  if (asset.ok)
    return {
      ok: true,
      kind: 'asset',
      path: asset.path,
      size: asset.size,
      headers: assetHeaders(pathname),
    };
  if (asset.reason === 'forbidden') return { ok: false, status: 403, message: asset.message };
  if (!looksLikeAsset(pathname)) {
    const index = await resolveUrlPathInsideRoot(sources.staticDir, 'index.html');
    if (index.ok)
      return {
        ok: true,
        kind: 'asset',
        path: index.path,
        size: index.size,
        headers: assetHeaders('/'),
      };
  }
  return { ok: false, status: 404, message: asset.message };
}

async function resolveDocument(
  documentId: string,
  sources: AppFileSources,
): Promise<AppFileResolution> {
  if (!isDocumentId(documentId)) {
    return {
      ok: false,
      status: 404,
      message: 'Documents are addressed as /files/<64-character document id>.',
    };
  }
  if (sources.libraryDir === null) return { ok: false, status: 404, message: NO_FOLDER };
  const file = sources.resolveDocumentFile(documentId);
  if (file === null)
    return { ok: false, status: 404, message: `No document file for ${documentId}.` };
  const resolved = await resolveFileInsideRoot(sources.libraryDir, file);
  if (!resolved.ok)
    return {
      ok: false,
      status: resolved.reason === 'forbidden' ? 403 : 404,
      message: resolved.message,
    };
  return {
    ok: true,
    kind: 'document',
    path: resolved.path,
    size: resolved.size,
    headers: { ...DOCUMENT_SECURITY_HEADERS, 'Cache-Control': 'no-cache' },
  };
}

/** Paths whose last segment has an extension are files; the rest are routes of the interface. */
function looksLikeAsset(pathname: string): boolean {
  const last = pathname.split('/').pop() ?? '';
  return last.includes('.');
}

function assetHeaders(pathname: string): Record<string, string> {
  // Vite names everything under /assets/ by content hash, so those never change.
  const cache = pathname.startsWith('/assets/')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
  return { ...APP_SECURITY_HEADERS, 'Cache-Control': cache };
}
