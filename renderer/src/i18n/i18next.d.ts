// Typed keys: t('...') with a key missing from en.json fails the type check.
import 'i18next';
import type { resources } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
