// GET /lists/<id>/download: a reading list as one zip, answered alike by the HTTP server and the
// desktop app's protocol. This computer downloads any list; a classroom visitor only a list
// shared with the room, by the same rule as getSharedReadingList.
import type { Readable } from 'node:stream';
import type { PortalApi, Result } from '#shared/api.ts';
import { attachmentDisposition } from '#shared/download-name.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import type { ArchiveFile } from '../reading-lists/list-archive.ts';
import { listArchive } from '../reading-lists/list-archive.ts';
import { resolveFileInsideRoot } from './safe-path.ts';
import { DOCUMENT_SECURITY_HEADERS } from './security-headers.ts';

const LIST_DOWNLOAD = /^\/lists\/([^/]*)\/download$/;
const LIST_ID = /^[1-9][0-9]{0,9}$/;

export interface ReadingListDownloads {
  /** A list as the one asking may read it: any list, or (everyList false) only a shared one. */
  readingList(id: number, everyList: boolean): Promise<Result<ReadingList>>;
  /** Whether a document may leave this computer: not marked "do not share". */
  isShareable(documentId: string): boolean;
}

export function readingListDownloadsFrom(
  api: PortalApi,
  isShareable: (documentId: string) => boolean,
): ReadingListDownloads {
  return {
    readingList: (id, everyList) =>
      everyList ? api.getReadingList(id) : api.getSharedReadingList(id),
    isShareable,
  };
}

export interface ListDownloadRequest {
  method: string;
  pathname: string;
  /** This computer (any list), or a classroom visitor (lists shared with the room). */
  everyList: boolean;
}

export interface ListDownloadSources {
  lists?: ReadingListDownloads;
  /** Null for a library served without its folder: its files are left out of the zip. */
  libraryDir: string | null;
  resolveDocumentFile: (documentId: string) => string | null;
}

export type ListDownloadAnswer =
  | { ok: true; headers: Record<string, string>; body: Readable | null }
  | { ok: false; status: number; message: string; headers: Record<string, string> };

export const isListDownload = (pathname: string) => LIST_DOWNLOAD.test(pathname);

const refused = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): ListDownloadAnswer => ({ ok: false, status, message, headers });

async function fileOf(
  documentId: string,
  sources: ListDownloadSources,
  lists: ReadingListDownloads,
): Promise<ArchiveFile> {
  if (!lists.isShareable(documentId)) return { leftOut: 'do-not-share' };
  const file = sources.resolveDocumentFile(documentId);
  const resolved =
    file === null || sources.libraryDir === null
      ? null
      : await resolveFileInsideRoot(sources.libraryDir, file);
  return resolved?.ok ? { path: resolved.path } : { leftOut: 'no-file' };
}

export async function answerListDownload(
  request: ListDownloadRequest,
  sources: ListDownloadSources,
): Promise<ListDownloadAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refused(405, 'Reading lists are downloaded with GET.', { Allow: 'GET, HEAD' });
  const id = LIST_DOWNLOAD.exec(request.pathname)?.[1] ?? '';
  if (!LIST_ID.test(id))
    return refused(404, 'Reading lists are downloaded at /lists/<list number>/download.');
  if (!sources.lists) return refused(404, 'Reading lists are not served here.');
  const found = await sources.lists.readingList(Number(id), request.everyList);
  if (!found.ok) return refused(found.error.code === 'not-found' ? 404 : 500, found.error.message);
  const list = found.value;
  const files = new Map<string, ArchiveFile>();
  for (const { documentId, document } of list.items)
    if (document !== null && !files.has(documentId))
      files.set(documentId, await fileOf(documentId, sources, sources.lists));
  return {
    ok: true,
    headers: {
      ...DOCUMENT_SECURITY_HEADERS,
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(list.name, 'zip'),
      'Cache-Control': 'no-store',
    },
    body: request.method === 'HEAD' ? null : listArchive(list, files),
  };
}
