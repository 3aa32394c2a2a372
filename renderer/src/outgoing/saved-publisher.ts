// The name a trainer publishes packs and static copies under, remembered in this app's storage so
// that it is typed once.
import type { KeyValueStorage } from '../bookmarks/local-bookmarks.ts';

export const PUBLISHER_KEY = 'tip-portal.publisher';

/** The name given last time, or '' (also when storage is blocked). */
export function savedPublisher(storage: KeyValueStorage): string {
  try {
    return storage.getItem(PUBLISHER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the name for next time; a refusal by storage only means it is asked again. */
export function savePublisher(storage: KeyValueStorage, name: string): void {
  try {
    storage.setItem(PUBLISHER_KEY, name);
  } catch {
    // Nothing to do: the name is simply not remembered.
  }
}
