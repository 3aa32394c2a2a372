// The reader's choice of interface language, kept in this browser's storage: in the desktop app
// that is the app's own profile, and a classroom visitor on the LAN keeps theirs in their browser.
import type { KeyValueStorage } from '../bookmarks/local-bookmarks.ts';
import { isInterfaceLanguage } from './languages.ts';
import type { InterfaceLanguage } from './languages.ts';

export const LANGUAGE_PREFERENCE_KEY = 'tip-portal.language';

/** The saved choice, or null when there is none (or storage is blocked, as in some kiosks). */
export function savedLanguage(storage: KeyValueStorage): InterfaceLanguage | null {
  try {
    const saved = storage.getItem(LANGUAGE_PREFERENCE_KEY);
    return saved !== null && isInterfaceLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps the choice; returns false when storage refuses it (the choice then lasts this visit). */
export function saveLanguage(storage: KeyValueStorage, language: InterfaceLanguage): boolean {
  try {
    storage.setItem(LANGUAGE_PREFERENCE_KEY, language);
    return true;
  } catch {
    return false;
  }
}
