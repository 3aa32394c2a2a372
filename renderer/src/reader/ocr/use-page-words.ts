// The words OCR recognised on a document's pages, fetched a page at a time as the reader shows it
// and kept while the document is open: the text layer over a scanned page is built from them, and
// the reader says the page's text came from a scan.
import { useEffect, useMemo, useState } from 'react';
import type { PortalApi } from '#shared/api.ts';
import type { PageWords } from '#shared/ocr-types.ts';
import { usePortal } from '../../api/portal-context.tsx';
import { settle } from '../../api/settle.ts';

export type PageWordsOf = (page: number) => Promise<PageWords | null>;

/** Each page's words fetched once, the first time they are asked for. */
function fetchedOnce(api: PortalApi, documentId: string): PageWordsOf {
  const cache = new Map<number, Promise<PageWords | null>>();
  return (page) => {
    let words = cache.get(page);
    if (!words) {
      words = settle(() => api.getPageWords({ id: documentId, page })).then((result) =>
        result.ok ? result.value : null,
      );
      cache.set(page, words);
    }
    return words;
  };
}

const noWords: PageWordsOf = () => Promise.resolve(null);

/** A page's words by its number; null at once for a document with no page read by OCR. */
export function usePageWordsOf(documentId: string, hasOcr: boolean): PageWordsOf {
  const { api } = usePortal();
  return useMemo(
    () => (hasOcr ? fetchedOnce(api, documentId) : noWords),
    [api, documentId, hasOcr],
  );
}

/** The words of the page in view, once fetched; null for a page whose text is the file's. */
export function usePageWords(wordsOf: PageWordsOf, page: number): PageWords | null {
  const [shown, setShown] = useState<{
    wordsOf: PageWordsOf;
    page: number;
    words: PageWords | null;
  } | null>(null);
  useEffect(() => {
    let live = true;
    void wordsOf(page).then((words) => {
      if (live) setShown({ wordsOf, page, words });
    });
    return () => {
      live = false;
    };
  }, [wordsOf, page]);
  return shown?.wordsOf === wordsOf && shown.page === page ? shown.words : null;
}
