// One way into the engine for every front door (IPC and HTTP): arguments validated against the
// method table, the call made on the engine's implementation of that method, and every failure
// returned as a value.
import type { ApiError, PortalApi, PortalMethod, Result } from '#shared/api.ts';
import { parseApiArguments } from '#shared/api-arguments.ts';

export type ApiResult<M extends PortalMethod> = Awaited<ReturnType<PortalApi[M]>>;

export function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export async function callApiMethod<M extends PortalMethod>(
  api: PortalApi,
  method: M,
  args: unknown,
): Promise<ApiResult<M> | Result<never>> {
  const parsed = parseApiArguments(method, args);
  if (!parsed.ok) return failure('invalid-argument', parsed.message);
  // The arguments were validated for this very method, so the implementation accepts them.
  const implementation = api[method] as unknown as (
    ...args: Parameters<PortalApi[M]>
  ) => ReturnType<PortalApi[M]>;
  try {
    return await implementation.apply(api, parsed.args);
  } catch (error) {
    return failure(
      'failed',
      `${method} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
