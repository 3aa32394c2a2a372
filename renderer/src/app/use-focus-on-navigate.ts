// Moving to another screen puts focus at the top of its content (or in the search box on the
// home screen), so keyboard and screen-reader users start where sighted users look. Changes
// within a screen (a facet, a page of a document) leave focus where it is.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Route } from '../router/routes.ts';

function screenOf(route: Route): string {
  switch (route.name) {
    case 'country':
      return `country/${route.code}`;
    case 'organisation':
    case 'theme':
    case 'document':
      return `${route.name}/${route.id}`;
    default:
      return route.name;
  }
}

export function useFocusOnNavigate(
  route: Route,
  main: RefObject<HTMLElement | null>,
  searchInput: RefObject<HTMLInputElement | null>,
): void {
  const screen = screenOf(route);
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    if (screen === 'search') return;
    if (screen === 'home') {
      searchInput.current?.focus();
      return;
    }
    if (initial) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [screen, main, searchInput]);
}
