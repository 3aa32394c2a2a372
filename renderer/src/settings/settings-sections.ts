// The sections of the settings page, in order: each a heading and the component under it. A new
// setting is one more entry here.
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { OcrSetting } from '../ocr/OcrSetting.tsx';
import { LanguageSetting } from './LanguageSetting.tsx';
import { OcrLanguagesSetting } from './OcrLanguagesSetting.tsx';
import { SharedListsSetting } from './SharedListsSetting.tsx';
import { TrustedKeysSetting } from './TrustedKeysSetting.tsx';
import { UserDataSetting } from './UserDataSetting.tsx';

export interface SettingsSection {
  /** Names the section's heading and test id. */
  id: string;
  title(t: TFunction): string;
  Section: ComponentType;
  /** Left out for classroom visitors: it changes what this computer's user keeps. */
  ownComputerOnly?: boolean;
  /** Only in the desktop app's window: it reads and writes files on this computer. */
  desktopOnly?: boolean;
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { id: 'language', title: (t) => t('settings.language'), Section: LanguageSetting },
  { id: 'shared-lists', title: (t) => t('settings.sharedLists'), Section: SharedListsSetting },
  {
    id: 'trusted-keys',
    title: (t) => t('keys.title'),
    Section: TrustedKeysSetting,
    ownComputerOnly: true,
  },
  {
    id: 'ocr-languages',
    title: (t) => t('ocrLanguages.title'),
    Section: OcrLanguagesSetting,
    ownComputerOnly: true,
  },
  {
    id: 'ocr',
    title: (t) => t('ocr.settingTitle'),
    Section: OcrSetting,
    ownComputerOnly: true,
    desktopOnly: true,
  },
  {
    id: 'user-data',
    title: (t) => t('userData.title'),
    Section: UserDataSetting,
    ownComputerOnly: true,
    desktopOnly: true,
  },
];
