// The interface language as a group of radio buttons, each language named in its own script; the
// choice applies at once, as in the header's language menu.
import { useTranslation } from 'react-i18next';
import { INTERFACE_LANGUAGES } from '../i18n/languages.ts';
import { useChooseLanguage } from '../i18n/use-choose-language.ts';

export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useChooseLanguage();
  return (
    <fieldset className="form__fieldset">
      <legend>{t('language.menu')}</legend>
      <p className="hint">{t('settings.languageHint')}</p>
      <div className="checkbox-grid">
        {INTERFACE_LANGUAGES.map((language) => (
          <label key={language.code} className="checkbox" lang={language.code}>
            <input
              type="radio"
              name="interface-language"
              value={language.code}
              checked={i18n.language === language.code}
              onChange={() => chooseLanguage(language.code)}
              data-testid="language-setting"
            />
            <span>{language.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
