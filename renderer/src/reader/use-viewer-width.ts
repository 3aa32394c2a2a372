// The width a reader has for its page, followed as the window or the panels beside it change.
import { useEffect, useState } from 'react';
import { usableViewerWidth } from './zoom.ts';

export function useViewerWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      setWidth(usableViewerWidth(entry?.contentRect.width ?? 0));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
