// Which language the interface starts in: the reader's own earlier choice, else the first of the
// system's preferred languages the interface is written in, else English.
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from './languages.ts';
import type { InterfaceLanguage } from './languages.ts';

/** Systems that name Filipino by its Tagalog base ("tl-PH") get the Filipino interface. */
const SAME_LANGUAGE: Record<string, InterfaceLanguage> = { tl: 'fil' };

/** "vi-VN" -> "vi", "km_KH" -> "km", "tl-PH" -> "fil"; null when the tag names no language of ours. */
export function interfaceLanguageOf(tag: string): InterfaceLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isInterfaceLanguage(primary)) return primary;
  return Object.hasOwn(SAME_LANGUAGE, primary) ? SAME_LANGUAGE[primary]! : null;
}

export function chooseLanguage(
  saved: InterfaceLanguage | null,
  systemLanguages: readonly string[],
): InterfaceLanguage {
  if (saved !== null) return saved;
  for (const tag of systemLanguages) {
    const language = interfaceLanguageOf(tag);
    if (language !== null) return language;
  }
  return DEFAULT_LANGUAGE;
}
