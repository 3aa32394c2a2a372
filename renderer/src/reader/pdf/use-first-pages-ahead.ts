// The first pages of a list's first PDFs, fetched ahead once the list has stayed the same for a
// moment (not at each keystroke while results follow the typing) and the screen is idle: the
// documents a user is likely to open next (only images the server has already drawn; see
// fetchFirstPageAhead).
import { useEffect } from 'react';
import { fetchFirstPageAhead } from './first-page-image.ts';
import { viewerWidthAhead } from './first-pages-ahead.ts';

/** How many of a list's first documents are fetched ahead. */
const FIRST_OF_A_LIST = 3;
/** How long a list stays the same before its documents are fetched ahead. */
const SETTLED_MS = 400;

export function useFirstPagesAhead(pdfIds: readonly string[]): void {
  const first = pdfIds.slice(0, FIRST_OF_A_LIST).join(' ');
  useEffect(() => {
    if (first === '') return;
    const fetchAll = () => {
      for (const id of first.split(' ')) fetchFirstPageAhead(id, viewerWidthAhead());
    };
    let idle: number | null = null;
    const settled = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fetchAll);
      else fetchAll();
    }, SETTLED_MS);
    return () => {
      clearTimeout(settled);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [first]);
}
