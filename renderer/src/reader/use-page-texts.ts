// The engine's text of every page, fetched the first time the reader needs it (to count query or
// find matches per page) and kept for as long as the document is open.
import { useEffect, useState } from 'react';
import type { PageText } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';

export function usePageTexts(documentId: string, needed: boolean): PageText[] | null {
  const { api } = usePortal();
  const [texts, setTexts] = useState<{ id: string; pages: PageText[] } | null>(null);
  const have = texts?.id === documentId;
  useEffect(() => {
    if (!needed || have) return;
    let live = true;
    void settle(() => api.getPages(documentId)).then((result) => {
      if (live) setTexts({ id: documentId, pages: result.ok ? result.value : [] });
    });
    return () => {
      live = false;
    };
  }, [api, documentId, needed, have]);
  return have ? texts.pages : null;
}
