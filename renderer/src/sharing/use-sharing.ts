// The sharing status for a component, kept fresh while it is on screen.
import { useSyncExternalStore } from 'react';
import type { SharingSnapshot, SharingStore } from './sharing-store.ts';

export function useSharing(store: SharingStore): SharingSnapshot {
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
