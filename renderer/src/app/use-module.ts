// Loads a module on first use and gives it back once loaded. Unlike React.lazy with Suspense, a
// module that is already loaded shows at once: React holds a Suspense fallback on screen for at
// least 300 ms, which would dominate opening a document. A module that cannot be fetched (the
// computer serving a classroom stopped) can be asked for again.
import { useCallback, useEffect, useState } from 'react';

export type ModuleState<T> =
  { state: 'loading' } | { state: 'loaded'; module: T } | { state: 'failed'; retry(): void };

export function useModule<T>(load: () => Promise<T>): ModuleState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ModuleState<T>>({ state: 'loading' });
  const retry = useCallback(() => {
    setState({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let live = true;
    load().then(
      (module) => {
        if (live) setState({ state: 'loaded', module });
      },
      () => {
        if (live) setState({ state: 'failed', retry });
      },
    );
    return () => {
      live = false;
    };
    // The loader is a constant import() expression; a new attempt loads it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  return state;
}
