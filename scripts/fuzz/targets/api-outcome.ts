// What an API call may answer, through any door: a Result, and when it fails, a typed error with a
// message. 'failed' is typed only as a refusal (a pack refused, a pack or copy that cannot be
// made, with its reason); any other means the engine threw on arguments the schemas let through.
import type { ApiError, Result } from '#shared/api.ts';
import { CaseFailure } from '../fuzz-target.ts';

const TYPED_CODES = new Set(['invalid-argument', 'not-found', 'forbidden']);

export const isRefusal = (error: ApiError) =>
  error.code === 'failed' &&
  (error.refusal !== undefined || error.message.startsWith('The pack was refused: '));

export function checkApiResult(method: string, value: unknown): Result<unknown> {
  const result = value as Result<unknown> | null;
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean')
    throw new CaseFailure(`${method} answered something that is not a Result: ${String(value)}`);
  if (result.ok) return result;
  const { code, message } = result.error ?? {};
  if (typeof message !== 'string' || message.trim() === '')
    throw new CaseFailure(`${method} failed without a message.`);
  if (!TYPED_CODES.has(code) && !isRefusal(result.error))
    throw new CaseFailure(`${method} answered ${code}: ${message.slice(0, 500)}`);
  return result;
}
