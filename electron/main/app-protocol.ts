// app://portal serves the built interface and, at app://portal/files/<documentId>, the library's
// documents. Pages never load from file://, and nothing outside those two folders is reachable.
import { resolveAppFile } from '../core/server/app-files.ts';
import type { AppFileSources } from '../core/server/app-files.ts';
import { planFileReply, replyAsResponse } from '../core/server/file-reply.ts';
import { APP_SECURITY_HEADERS } from '../core/server/security-headers.ts';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';

function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...APP_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one request to the app protocol (the handler given to protocol.handle). */
export async function handleAppRequest(
  request: Request,
  sources: AppFileSources,
): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return refusal(404, `Nothing is served at ${url.host}.`);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refusal(405, 'Only GET and HEAD are served.');
  const file = await resolveAppFile(url.pathname, sources);
  if (!file.ok) return refusal(file.status, file.message);
  const reply = planFileReply(
    file,
    { method: request.method, range: request.headers.get('range') },
    file.headers,
  );
  return replyAsResponse(reply);
}
