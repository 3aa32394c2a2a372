// The API contract over HTTP, for classroom mode in a browser: POST api/<method> with
// {"args":[...]}, answered by a Result in JSON whatever the status. Failures of the network or
// of the server come back as Result values too, so the interface never has to catch.
import type { ApiError, PortalApi, PortalMethod, Result } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';

type Answer<M extends PortalMethod> = Awaited<ReturnType<PortalApi[M]>>;

export interface HttpClientOptions {
  /** Where api/<method> is resolved from; the page's own address by default. */
  baseUrl: string;
  fetch?: typeof fetch;
}

function failed(message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'failed', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** Calls one method of the contract over HTTP. */
export async function callOverHttp<M extends PortalMethod>(
  method: M,
  args: Parameters<PortalApi[M]>,
  options: HttpClientOptions,
): Promise<Answer<M>> {
  const doFetch = options.fetch ?? fetch;
  const url = new URL(`api/${method}`, options.baseUrl);
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
      credentials: 'same-origin',
    });
  } catch (error) {
    const message = `The library server cannot be reached (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: { code: 'failed', message, unreachable: true } } as Answer<M>;
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failed(
      `The library server answered ${method} with ${response.status} ${response.statusText} and no result.`,
    ) as Answer<M>;
  }
  if (!isResult(body))
    return failed(`The library server's answer to ${method} is not a result.`) as Answer<M>;
  // The server types each answer against the same contract; only its shape is checked here.
  return body as Answer<M>;
}

export function createHttpClient(options: HttpClientOptions): PortalApi {
  return implementEveryMethod<PortalApi>(
    (method) =>
      (...args: unknown[]) =>
        callOverHttp(method, args as Parameters<PortalApi[typeof method]>, options),
  );
}
