// Changes the interface language at once, remembers it in this browser, and says so in the new
// language: what the header's language menu and the settings page both do.
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../components/Announcer.tsx';
import { saveLanguage } from './language-preference.ts';
import { languageName } from './languages.ts';
import type { InterfaceLanguage } from './languages.ts';

export function useChooseLanguage(): (language: InterfaceLanguage) => void {
  const { i18n } = useTranslation();
  const announce = useAnnounce();
  return (language) => {
    if (language === i18n.language) return;
    saveLanguage(window.localStorage, language);
    void i18n
      .changeLanguage(language)
      .then((translate) =>
        announce(translate('language.changed', { language: languageName(language) })),
      );
  };
}
