// Interface strings: one JSON file per language under i18n/, English for now. Components take
// every visible string from here through react-i18next's t().
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };

export const DEFAULT_LANGUAGE = 'en';

export const resources = {
  en: { translation: en },
} as const;

export async function initI18n(language = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders; i18next must not escape it twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
