// POST /api/<method> with {"args":[...]}: the API contract over HTTP. Every answer is a Result in
// JSON, whatever the status, so a client can always show the message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError, PortalApi, Result } from '#shared/api.ts';
import { isPortalMethod, PORTAL_METHODS } from '#shared/api-methods.ts';
import { httpAccess, isSameOriginRequest } from './access-policy.ts';
import type { HttpClient } from './access-policy.ts';
import { callApiMethod, failure } from '../serving/call-api.ts';
import { APP_SECURITY_HEADERS } from '../serving/security-headers.ts';

export const API_PREFIX = '/api/';

export interface ApiRouteOptions {
  api: PortalApi;
  maxBodyBytes: number;
  /** A browser on this computer, as opposed to a visitor from the network. */
  isThisComputer: (client: HttpClient) => boolean;
  userStoreWritableFor: (client: HttpClient) => boolean;
  /** Where the details of failures go; they may name the server's folders. */
  log: (line: string) => void;
}

const STATUS_FOR_ERROR: Record<ApiError['code'], number> = {
  'invalid-argument': 400,
  forbidden: 403,
  'room-code-needed': 401,
  'query-too-broad': 422,
  'search-too-slow': 503,
  'too-many-searches': 429,
  'not-found': 404,
  failed: 500,
};

export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: ApiRouteOptions,
): Promise<void> {
  const name = pathname.slice(API_PREFIX.length);
  if (!isPortalMethod(name)) {
    const message = `There is no API method "${name}". Methods: ${PORTAL_METHODS.join(', ')}.`;
    return sendResult(res, failure('not-found', message));
  }
  if (req.method !== 'POST') {
    return sendResult(res, failure('invalid-argument', `Call ${name} with POST.`), 405, {
      Allow: 'POST',
    });
  }
  if (!isSameOriginRequest(req.headers.origin, req.headers.host)) {
    return sendResult(res, failure('forbidden', 'Requests from other sites are not served.'));
  }
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    const message = `Send the arguments as JSON, with Content-Type: application/json (received "${contentType}").`;
    return sendResult(res, failure('invalid-argument', message), 415);
  }
  const body = await readBody(req, options.maxBodyBytes);
  if (!body.ok) {
    return sendResult(
      res,
      failure('invalid-argument', `The request body is larger than ${options.maxBodyBytes} bytes.`),
      413,
      {
        Connection: 'close',
      },
    );
  }
  const args = parseArgs(body.text);
  if (!args.ok) return sendResult(res, failure('invalid-argument', args.message));

  const client: HttpClient = { remoteAddress: req.socket.remoteAddress, host: req.headers.host };
  const access = httpAccess(name, options.userStoreWritableFor(client));
  if (!access.allowed) return sendResult(res, failure('forbidden', access.message));
  // Only this route knows who is asking; the engine answers for its own window (no visitor).
  if (name === 'sessionInfo') {
    return sendResult(res, { ok: true, value: { visitor: !options.isThisComputer(client) } });
  }

  const result = await callApiMethod(options.api, name, args.value);
  if (!result.ok && result.error.code === 'failed') {
    options.log(`${name}: ${result.error.message}`);
    return sendResult(res, failure('failed', `The library could not answer ${name}.`));
  }
  sendResult(res, result);
}

function parseArgs(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The request body is not valid JSON: ${(error as Error).message}`,
    };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('args' in body)) {
    return {
      ok: false,
      message: 'The request body must be a JSON object of the form {"args": [...]}.',
    };
  }
  return { ok: true, value: body.args };
}

/** Reads the body, giving up as soon as it is larger than the limit (declared or actual). */
function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

export function sendResult(
  res: ServerResponse,
  result: Result<unknown>,
  status = result.ok ? 200 : STATUS_FOR_ERROR[result.error.code],
  extraHeaders: Record<string, string> = {},
): void {
  const json = JSON.stringify(result);
  res.writeHead(status, {
    ...APP_SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(json)),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}
