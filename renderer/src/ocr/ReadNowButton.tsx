// "Read this document now": for a document with scanned pages that wait for OCR, puts its pages
// first in the background run (and starts it), on the desktop app, which may change the library.
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { useOcrStatus } from './use-ocr-status.ts';

export function ReadNowButton({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const { api, libraryWritable } = usePortal();
  const announce = useAnnounce();
  const { status, show } = useOcrStatus(libraryWritable ? documentId : null);
  const waiting = status?.document?.pending ?? 0;
  const failed = status?.document?.failed ?? 0;
  if (!libraryWritable || waiting + failed === 0) return null;
  const reading = status?.state === 'running' && status.progress?.documentId === documentId;
  return (
    <button
      type="button"
      className="button button--secondary"
      title={t('ocr.readNowHint', { pages: waiting + failed })}
      disabled={reading}
      onClick={() =>
        void settle(() => api.readDocumentNow(documentId)).then((r) => {
          if (r.ok) show(r.value);
          announce(r.ok ? t('ocr.readNowSaid') : r.error.message);
        })
      }
      data-testid="read-now"
    >
      {reading ? t('ocr.readingThis') : t('ocr.readNow')}
    </button>
  );
}
