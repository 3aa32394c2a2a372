// A request for one of the app's files or a document's bytes, answered the same way by the
// desktop app's protocol and by the HTTP server: read-only (GET and HEAD), resolved inside the
// interface's folder or the library, ranges honoured.
import { extname } from 'node:path';
import { attachmentDisposition } from '#shared/download-name.ts';
import { DOCUMENT_ROUTE, resolveAppFile } from './app-files.ts';
import type { AppFileSources } from './app-files.ts';
import { planFileReply } from './file-reply.ts';
import type { FileReply } from './file-reply.ts';

export interface FileRequest {
  method: string;
  pathname: string;
  /** The Range header, if any. */
  range: string | null;
  /** Save a document under its title rather than show it (the address's ?download=1). */
  download?: boolean;
}

export type FileRequestAnswer =
  | { ok: true; reply: FileReply }
  | { ok: false; status: number; message: string; headers: Record<string, string> };

export async function answerFileRequest(
  request: FileRequest,
  sources: AppFileSources,
): Promise<FileRequestAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return {
      ok: false,
      status: 405,
      message: 'The library is read-only: only GET and HEAD are served here.',
      headers: { Allow: 'GET, HEAD' },
    };
  }
  const file = await resolveAppFile(request.pathname, sources);
  if (!file.ok) return { ok: false, status: file.status, message: file.message, headers: {} };
  const headers =
    request.download && file.kind === 'document'
      ? {
          ...file.headers,
          'Content-Disposition': await disposition(request.pathname, file.path, sources),
        }
      : file.headers;
  const reply = planFileReply(file, { method: request.method, range: request.range }, headers);
  return { ok: true, reply };
}

async function disposition(
  pathname: string,
  path: string,
  sources: AppFileSources,
): Promise<string> {
  const documentId = pathname.slice(DOCUMENT_ROUTE.length);
  const title = (await sources.documentTitle?.(documentId)) ?? documentId;
  return attachmentDisposition(title, extname(path));
}
