// app://portal serves the built interface and, at app://portal/files/<documentId>, the library's
// documents. Pages never load from file://, and nothing outside those two folders is reachable.
import type { AppFileSources } from '#core/serving/app-files.ts';
import { replyAsResponse } from '#core/serving/file-reply.ts';
import { answerFileRequest } from '#core/serving/file-request.ts';
import { APP_SECURITY_HEADERS } from '#core/serving/security-headers.ts';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';

function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...APP_SECURITY_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
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
  const answer = await answerFileRequest(
    {
      method: request.method,
      pathname: url.pathname,
      range: request.headers.get('range'),
      download: url.searchParams.get('download') === '1',
    },
    sources,
  );
  if (!answer.ok) return refusal(answer.status, answer.message, answer.headers);
  return replyAsResponse(answer.reply);
}
