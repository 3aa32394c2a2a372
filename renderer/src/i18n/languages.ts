// The languages the interface is written in, each named in its own script so that a reader finds
// their language in the menu whatever language the interface is in at the time.
export const INTERFACE_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'th', name: 'ไทย' },
  { code: 'lo', name: 'ລາວ' },
  { code: 'km', name: 'ខ្មែរ' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'my', name: 'မြန်မာ' },
  { code: 'ms', name: 'Bahasa Melayu' },
  { code: 'fil', name: 'Filipino' },
] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: InterfaceLanguage = 'en';

export function isInterfaceLanguage(code: string): code is InterfaceLanguage {
  return INTERFACE_LANGUAGES.some((language) => language.code === code);
}

/** The language's own name for itself ("ไทย"), or the code when it is not one of ours. */
export function languageName(code: string): string {
  return INTERFACE_LANGUAGES.find((language) => language.code === code)?.name ?? code;
}
