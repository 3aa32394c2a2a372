// Loads the taxonomy once, provides the API, labels and announcer, and shows the screen the
// address asks for (a document's screen without waiting for the taxonomy).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_KEYS } from '../api/early-answers.ts';
import { PortalContext } from '../api/portal-context.tsx';
import type { Portal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { AnnouncerProvider } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { ModuleFailure } from '../components/ModuleFailure.tsx';
import { AddDocumentsPage } from '../pages/AddDocumentsPage.tsx';
import { BookmarksPage } from '../pages/BookmarksPage.tsx';
import { CountryPage } from '../pages/CountryPage.tsx';
import { DirectoryPage } from '../pages/DirectoryPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NewsPage } from '../pages/NewsPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { HandoutPage } from '../pages/HandoutPage.tsx';
import { HighlightsHandoutPage } from '../pages/HighlightsHandoutPage.tsx';
import { OrganisationPage } from '../pages/OrganisationPage.tsx';
import { ReadingListPage } from '../pages/ReadingListPage.tsx';
import { ReadingListsPage } from '../pages/ReadingListsPage.tsx';
import { SearchPage } from '../pages/SearchPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { ThemePage } from '../pages/ThemePage.tsx';
import type { Route } from '../router/routes.ts';
import { useRoute } from '../router/use-route.ts';
import { makeLabels } from '../taxonomy/labels.ts';
import { LabelsContext } from '../taxonomy/labels-context.tsx';
import { AppShell } from './AppShell.tsx';
import { loadDocumentPage } from './early-start.ts';
import { useModule } from './use-module.ts';
import { useWarmUp } from './use-warm-up.ts';

// The document screen brings pdf.js; it loads at start-up for a document's address, when the
// browser is first idle, or when a document opens.
function DocumentScreen({ route }: { route: Extract<Route, { name: 'document' }> }) {
  const loaded = useModule(loadDocumentPage);
  if (loaded.state === 'failed') return <ModuleFailure retry={loaded.retry} />;
  if (loaded.state === 'loading') return <Loading />;
  const DocumentPage = loaded.module.default;
  return <DocumentPage key={route.id} route={route} />;
}

// The sharing page brings the QR code's library; only the desktop app's trainer opens it.
function ShareScreen() {
  const loaded = useModule(() => import('../pages/SharePage.tsx'));
  if (loaded.state === 'failed') return <ModuleFailure retry={loaded.retry} />;
  if (loaded.state === 'loading') return <Loading />;
  const SharePage = loaded.module.default;
  return <SharePage />;
}

/** Screens that show without the taxonomy: their names for codes fill in when it arrives. */
const READY_BEFORE_TAXONOMY: ReadonlySet<Route['name']> = new Set(['document']);

function Screen({ route, visitor }: { route: Route; visitor: boolean }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'country':
      return <CountryPage code={route.code} />;
    case 'organisation':
      return <OrganisationPage id={route.id} />;
    case 'theme':
      return <ThemePage id={route.id} />;
    case 'document':
      return <DocumentScreen route={route} />;
    case 'bookmarks':
      return <BookmarksPage />;
    case 'highlights-handout':
      return <HighlightsHandoutPage />;
    case 'news':
      return <NewsPage country={route.country} />;
    case 'directory':
      return <DirectoryPage country={route.country} />;
    case 'add':
      return visitor ? <NotFoundPage path="/add" /> : <AddDocumentsPage />;
    case 'reading-lists':
      return <ReadingListsPage />;
    case 'reading-list':
      return <ReadingListPage id={route.id} />;
    case 'handout':
      return <HandoutPage id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'share':
      return <ShareScreen />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

export function App({ portal }: { portal: Portal }) {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  useWarmUp();
  const { result: taxonomy, reload: reloadTaxonomy } = useApiResult(ANSWER_KEYS.taxonomy, () =>
    portal.api.taxonomy(),
  );
  const labels = useMemo(
    () => makeLabels(taxonomy?.ok ? taxonomy.value : null, i18n.language),
    [taxonomy, i18n.language],
  );

  return (
    <PortalContext value={portal}>
      <LabelsContext value={labels}>
        <AnnouncerProvider>
          <AppShell route={route}>
            {taxonomy !== null && !taxonomy.ok && (
              <ErrorNotice
                error={taxonomy.error}
                title={t('errors.taxonomy')}
                onRetry={reloadTaxonomy}
              />
            )}
            {taxonomy === null && !READY_BEFORE_TAXONOMY.has(route.name) ? (
              <Loading />
            ) : (
              <Screen route={route} visitor={portal.visitor} />
            )}
          </AppShell>
        </AnnouncerProvider>
      </LabelsContext>
    </PortalContext>
  );
}
