// The width a reader has for its page, followed as the window or the panels beside it change.
import { useEffect, useState } from 'react';
import { NARROW_VIEWER } from './pdf/zoom.ts';

export function useViewerWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (element === null) return;
    // Rounded down, so that a scroll bar coming and going does not redraw the page and a page
    // fitted to the width is never wider than the viewer; finely on a phone, whose scroll bars
    // take no room and whose every pixel of width counts.
    const observer = new ResizeObserver(([entry]) => {
      const exact = entry?.contentRect.width ?? 0;
      const step = exact < NARROW_VIEWER ? 4 : 24;
      setWidth(Math.floor(exact / step) * step);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
