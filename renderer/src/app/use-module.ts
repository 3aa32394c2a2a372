// Loads a module on first use and gives it back once loaded (null until then). Unlike
// React.lazy with Suspense, a module that is already loaded shows at once: React holds a
// Suspense fallback on screen for at least 300 ms, which would dominate opening a document.
import { useEffect, useState } from 'react';

export function useModule<T>(load: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => {
      if (live) setModule(() => loaded);
    });
    return () => {
      live = false;
    };
    // The loader is a constant import() expression.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return module;
}
