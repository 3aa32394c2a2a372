// The interface itself: interface strings in the reader's language, then the app on the API this
// front door offers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PortalConnection } from '../api/index.ts';
import type { Portal } from '../api/portal-context.tsx';
import { isVisitorSession } from '../api/session-visitor.ts';
import { settle } from '../api/settle.ts';
import { createBookmarkStore } from '../bookmarks/bookmark-store.ts';
import { createHighlightStore } from '../highlights/highlight-store.ts';
import { createReadingListSource } from '../reading-lists/reading-list-source.ts';
import { createSharingStore } from '../sharing/sharing-store.ts';
import { chooseLanguage } from '../i18n/choose-language.ts';
import { followLanguage } from '../i18n/follow-language.ts';
import { followLanguageInMenu } from '../i18n/follow-language-in-menu.ts';
import { initI18n } from '../i18n/i18n.ts';
import { savedLanguage } from '../i18n/language-preference.ts';
import { App } from './App.tsx';

export async function mountApp(connection: PortalConnection): Promise<void> {
  const [i18n, session] = await Promise.all([
    initI18n(chooseLanguage(savedLanguage(window.localStorage), navigator.languages)),
    settle(() => connection.api.sessionInfo()),
  ]);
  followLanguage(i18n, document.documentElement);
  if (connection.mode === 'desktop') followLanguageInMenu(i18n, connection.api);
  const visitor = isVisitorSession(session, connection.mode);
  const portal: Portal = {
    ...connection,
    bookmarks: createBookmarkStore(
      connection.api,
      window.localStorage,
      visitor ? 'browser' : 'library',
    ),
    highlights: createHighlightStore(
      connection.api,
      window.localStorage,
      visitor ? 'browser' : 'library',
    ),
    readingLists: createReadingListSource(connection.api, visitor),
    libraryWritable: connection.mode === 'desktop',
    visitor,
    sharing: connection.mode === 'desktop' ? createSharingStore(connection.api) : null,
  };
  const root = document.getElementById('root');
  if (root === null) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App portal={portal} />
    </StrictMode>,
  );
}
