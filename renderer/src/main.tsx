// Entry point: bundled fonts (Latin and Vietnamese, Thai, Lao, Khmer, Burmese; no network),
// styles, interface strings in the reader's language, then the app on whichever API this front
// door offers.
// The weight files declare each subset with its unicode-range, so a browser fetches only the
// subsets a page uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/600.css';
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/600.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/600.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-myanmar/600.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/search.css';
import './styles/document.css';
import './styles/reader.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectPortal } from './api/index.ts';
import type { Portal } from './api/portal-context.tsx';
import { App } from './app/App.tsx';
import { createBookmarkStore } from './bookmarks/bookmark-store.ts';
import { chooseLanguage } from './i18n/choose-language.ts';
import { followLanguage } from './i18n/follow-language.ts';
import { initI18n } from './i18n/i18n.ts';
import { savedLanguage } from './i18n/language-preference.ts';

async function start(): Promise<void> {
  const i18n = await initI18n(
    chooseLanguage(savedLanguage(window.localStorage), navigator.languages),
  );
  followLanguage(i18n, document.documentElement);
  const connection = connectPortal();
  const portal: Portal = {
    ...connection,
    bookmarks: createBookmarkStore(connection.api, window.localStorage),
    libraryWritable: connection.mode === 'desktop',
  };
  const root = document.getElementById('root');
  if (root === null) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App portal={portal} />
    </StrictMode>,
  );
}

void start();
