// Interface strings: one JSON file per language under i18n/ (languages.ts lists them with their
// own names). Components take every visible string from here through react-i18next's t().
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import fil from './fil.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import km from './km.json' with { type: 'json' };
import lo from './lo.json' with { type: 'json' };
import ms from './ms.json' with { type: 'json' };
import my from './my.json' with { type: 'json' };
import th from './th.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import { DEFAULT_LANGUAGE } from './languages.ts';
import type { InterfaceLanguage } from './languages.ts';
import { localeNumberFormatter } from './number-formatter.ts';

export const resources = {
  en: { translation: en },
  vi: { translation: vi },
  th: { translation: th },
  lo: { translation: lo },
  km: { translation: km },
  id: { translation: id },
  my: { translation: my },
  ms: { translation: ms },
  fil: { translation: fil },
} as const satisfies Record<InterfaceLanguage, { translation: object }>;

export async function initI18n(
  language: InterfaceLanguage = DEFAULT_LANGUAGE,
): Promise<typeof i18next> {
  await i18next
    .use(initReactI18next)
    .use(localeNumberFormatter)
    .init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: Object.keys(resources),
      interpolation: {
        // React escapes what it renders; i18next must not escape it twice.
        escapeValue: false,
        alwaysFormat: true,
      },
      returnNull: false,
    });
  return i18next;
}
