// Where a scanned image document's page is shown from: the library's stored copy of a page the
// browser cannot show (a TIFF frame, stored as PNG), else the document's own file (PNG, JPEG).
import { useEffect, useState } from 'react';
import { usePortal } from '../../api/portal-context.tsx';
import { settle } from '../../api/settle.ts';

export type PageImageSource =
  { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

function pngUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
}

export function usePageImage(documentId: string, page: number, fileUrl: string): PageImageSource {
  const { api } = usePortal();
  const [source, setSource] = useState<{ key: string; value: PageImageSource } | null>(null);
  const key = `${documentId}:${page}`;
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    void settle(() => api.getPageImage({ id: documentId, page })).then((result) => {
      if (!live) return;
      if (result.ok) made = pngUrl(result.value.png);
      const value: PageImageSource =
        made !== null
          ? { state: 'ready', url: made }
          : !result.ok && result.error.code !== 'not-found'
            ? { state: 'failed', message: result.error.message }
            : { state: 'ready', url: fileUrl };
      setSource({ key: `${documentId}:${page}`, value });
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, documentId, page, fileUrl]);
  return source?.key === key ? source.value : { state: 'loading' };
}
