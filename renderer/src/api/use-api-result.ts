// Loads a Result from the API for a key; a new key loads again and answers for old keys are
// dropped. Null while loading. A rejected promise (a broken bridge) becomes a failed Result.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Result } from '../../../electron/shared/api.ts';

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

export interface Loaded<T> {
  result: Result<T> | null;
  /** Loads the same key again (after a change the screen made). */
  reload(): void;
}

export function useApiResult<T>(key: string, load: () => Promise<Result<T>>): Loaded<T> {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; result: Result<T> } | null>(null);
  const run = useEffectEvent(() => settle(load));

  useEffect(() => {
    let live = true;
    void run().then((result) => {
      if (live) setState({ key, result });
    });
    return () => {
      live = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // While a reload is under way the previous answer for the same key stays on screen.
  return { result: state !== null && state.key === key ? state.result : null, reload };
}
