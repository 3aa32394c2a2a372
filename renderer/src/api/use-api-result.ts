// Loads a Result from the API for a key; a new key loads again and answers for old keys are
// dropped. Null while loading. The first load of a key asked for at start-up takes that answer.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Result } from '#shared/api.ts';
import { takeEarlyAnswer } from './early-answers.ts';
import { settle } from './settle.ts';

export interface Loaded<T> {
  result: Result<T> | null;
  /** Loads the same key again (after a change the screen made). */
  reload(): void;
}

export function useApiResult<T>(key: string, load: () => Promise<Result<T>>): Loaded<T> {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; result: Result<T> } | null>(null);
  const run = useEffectEvent((key: string) => takeEarlyAnswer<T>(key) ?? settle(load));

  useEffect(() => {
    let live = true;
    void run(key).then((result) => {
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
