// Moving to another screen puts focus at the top of its content, so keyboard and screen-reader
// users start where sighted users look. Changes within a screen (a facet, a page of a document)
// leave focus where it is. The home screen does not put focus in the search box: its tip says
// "Press /", which would then type a slash into the query; "/" or a click reaches the box.
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

export function useFocusOnNavigate(route: Route, main: RefObject<HTMLElement | null>): void {
  const screen = screenOf(route);
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    if (screen === 'search' || initial) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [screen, main]);
}
