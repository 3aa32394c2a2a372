// app://portal serves the built interface, the library's documents at
// app://portal/files/<documentId>, their first pages as images at app://portal/first-page/<documentId>
// and reading lists as zips at app://portal/lists/<id>/download.
// Pages never load from file://, and nothing outside those two folders is reachable.
import type { AppFileSources } from '#core/serving/app-files.ts';
import { replyAsResponse, streamAsResponse } from '#core/serving/file-reply.ts';
import { answerFileRequest } from '#core/serving/file-request.ts';
import { answerFirstPageRequest, isFirstPageRequest } from '#core/serving/first-page-request.ts';
import { answerListDownload, isListDownload } from '#core/serving/list-download.ts';
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
  if (isListDownload(url.pathname)) {
    // The desktop app is this computer's own user, who downloads any list.
    const list = await answerListDownload(
      { method: request.method, pathname: url.pathname, everyList: true },
      sources,
    );
    if (!list.ok) return refusal(list.status, list.message, list.headers);
    return streamAsResponse(list.body, 200, list.headers);
  }
  if (isFirstPageRequest(url.pathname)) {
    const image = await answerFirstPageRequest(
      {
        method: request.method,
        pathname: url.pathname,
        search: url.search.slice(1),
        ifNoneMatch: request.headers.get('if-none-match'),
      },
      sources,
    );
    if (!image.ok) return refusal(image.status, image.message, image.headers);
    return new Response(image.body as Uint8Array<ArrayBuffer> | null, {
      status: image.status,
      headers: image.headers,
    });
  }
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
