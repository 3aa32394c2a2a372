// A request for one of the app's files or a document's bytes, answered the same way by the
// desktop app's protocol and by the HTTP server: read-only (GET and HEAD), resolved inside the
// interface's folder or the library, ranges honoured.
import { resolveAppFile } from './app-files.ts';
import type { AppFileSources } from './app-files.ts';
import { planFileReply } from './file-reply.ts';
import type { FileReply } from './file-reply.ts';

export interface FileRequest {
  method: string;
  pathname: string;
  /** The Range header, if any. */
  range: string | null;
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
  const reply = planFileReply(file, { method: request.method, range: request.range }, file.headers);
  return { ok: true, reply };
}
