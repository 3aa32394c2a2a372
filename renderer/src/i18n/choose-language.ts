// Which language the interface starts in: the reader's own earlier choice, else the first of the
// system's preferred languages the interface is written in, else English.
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from './languages.ts';
import type { InterfaceLanguage } from './languages.ts';

/** "vi-VN" -> "vi", "km_KH" -> "km"; null when the tag names no language of ours. */
export function interfaceLanguageOf(tag: string): InterfaceLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isInterfaceLanguage(primary) ? primary : null;
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
