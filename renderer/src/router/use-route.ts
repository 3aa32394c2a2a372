import { useSyncExternalStore } from 'react';
import { currentRoute, subscribe } from './navigation.ts';
import type { Route } from './routes.ts';

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}
