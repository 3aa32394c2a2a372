// <html lang> names the interface language at every moment, so that screen readers speak with
// the right voice and the browser picks fonts, line breaks and hyphenation for that language.
import type { i18n as I18n } from 'i18next';

export function followLanguage(i18n: I18n, root: HTMLElement): void {
  root.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    root.lang = language;
  });
}
