// The first pages of a list's first PDFs, fetched ahead once the screen is idle: the documents a
// user is likely to open next (only images the server has already drawn; see fetchFirstPageAhead).
import { useEffect } from 'react';
import { fetchFirstPageAhead } from './first-page-image.ts';
import { viewerWidthAhead } from './first-pages-ahead.ts';

/** How many of a list's first documents are fetched ahead. */
const FIRST_OF_A_LIST = 3;

export function useFirstPagesAhead(pdfIds: readonly string[]): void {
  const first = pdfIds.slice(0, FIRST_OF_A_LIST).join(' ');
  useEffect(() => {
    if (first === '') return;
    const fetchAll = () => {
      for (const id of first.split(' ')) fetchFirstPageAhead(id, viewerWidthAhead());
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(fetchAll, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(fetchAll, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [first]);
}
