// The desktop app's menu speaks the interface language: the main process is told the language at
// start and whenever the reader changes it. A failed call leaves the menu in its last language,
// which the reader can still use.
import type { i18n as I18n } from 'i18next';
import type { PortalApi } from '#shared/api.ts';
import { isInterfaceLanguage } from './languages.ts';

export function followLanguageInMenu(i18n: I18n, api: Pick<PortalApi, 'setMenuLanguage'>): void {
  const tell = (language: string) => {
    if (isInterfaceLanguage(language)) void api.setMenuLanguage(language);
  };
  tell(i18n.language);
  i18n.on('languageChanged', tell);
}
