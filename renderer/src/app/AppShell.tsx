// The frame around every screen: skip link, header with the search box, the main navigation, the
// sharing indicator (desktop app) and the language menu, the main region, and a footer saying
// which front door this is.
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SharingIndicator } from '../sharing/SharingIndicator.tsx';
import type { Route, RouteName } from '../router/routes.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
import { useFocusOnNavigate } from './use-focus-on-navigate.ts';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useHeaderHeight } from './use-header-height.ts';

interface NavItem {
  route: RouteName;
  href: string;
  label: string;
}

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const { mode, visitor, sharing } = usePortal();
  const searchInput = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  const header = useRef<HTMLElement>(null);
  useGlobalShortcuts(searchInput);
  useHeaderHeight(header);
  useFocusOnNavigate(route, main);

  const items: NavItem[] = [
    { route: 'search', href: '#/search', label: t('nav.browse') },
    { route: 'news', href: '#/news', label: t('nav.news') },
    { route: 'directory', href: '#/directory', label: t('nav.directory') },
    { route: 'bookmarks', href: '#/bookmarks', label: t('nav.bookmarks') },
    { route: 'reading-lists', href: '#/lists', label: t('nav.readingLists') },
    ...(visitor ? [] : [{ route: 'add' as const, href: '#/add', label: t('nav.add') }]),
    { route: 'settings', href: '#/settings', label: t('nav.settings') },
  ];

  return (
    <div className={`app app--${route.name}`}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <header ref={header} className="app-header">
        <div className="app-header__inner">
          <a className="brand" href="#/" aria-current={route.name === 'home' ? 'page' : undefined}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </a>
          <SearchBox route={route} inputRef={searchInput} />
          <div className="app-header__end">
            <nav className="main-nav" aria-label={t('nav.label')}>
              <ul>
                {items.map((item) => (
                  <li key={item.route}>
                    <a
                      href={item.href}
                      aria-current={route.name === item.route ? 'page' : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {sharing && <SharingIndicator store={sharing} current={route.name === 'share'} />}
            <LanguageMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main" aria-labelledby="page-title">
        {children}
      </main>
      <footer className="app-footer">
        <p>{mode === 'desktop' ? t('footer.desktop') : t('footer.browser')}</p>
      </footer>
    </div>
  );
}
