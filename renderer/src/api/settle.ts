// A call of the API as a Result whatever happens: a rejected promise (a broken bridge) becomes a
// failed Result, so the interface never has to catch.
import type { Result } from '#shared/api.ts';

export async function settle<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
