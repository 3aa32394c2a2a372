// The current route as an external store over location.hash. Typing in the search box replaces
// the history entry instead of adding one per keystroke, which hashchange alone cannot tell apart.
import { parseHash, routeHref } from './routes.ts';
import type { Route } from './routes.ts';

const listeners = new Set<() => void>();
let current: { hash: string; route: Route } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', notify);
  };
}

/** The same object for the same hash, as useSyncExternalStore requires. */
export function currentRoute(): Route {
  const hash = window.location.hash;
  if (current?.hash !== hash) current = { hash, route: parseHash(hash) };
  return current.route;
}

export function navigate(route: Route | string, options: { replace?: boolean } = {}): void {
  const target = typeof route === 'string' ? route : routeHref(route);
  if (target === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', target);
    notify();
  } else {
    window.location.hash = target;
  }
}
