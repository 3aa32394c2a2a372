// Publishes how much of the window the sticky header covers as --header-height on the root
// element, so what is brought into view (the reader, scrolled to a hit) lands below the header
// however many rows its navigation wraps to in the interface language, and the PDF reader sizes
// itself to the rest of the window. Zero where the header scrolls away (narrow screens).
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (element === null) return;
    const root = document.documentElement;
    const publish = () => {
      const sticky = getComputedStyle(element).position === 'sticky';
      const height = sticky ? element.getBoundingClientRect().height : 0;
      root.style.setProperty('--header-height', `${Math.ceil(height)}px`);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
