// The background reading of scanned pages (OCR): how far it has got, with pause, resume and stop,
// beside the indexing progress. Nothing is shown while no scanned page waits.
import { useTranslation } from 'react-i18next';
import type { Result } from '#shared/api.ts';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { useOcrStatus } from './use-ocr-status.ts';

export function OcrProgress() {
  const { t } = useTranslation();
  const { api, libraryWritable } = usePortal();
  const announce = useAnnounce();
  const { status, show } = useOcrStatus();
  if (!status) return null;
  const { state, pages, progress } = status;
  if (state === 'idle' && pages.pending === 0 && pages.failed === 0) return null;

  const control = (call: () => Promise<Result<OcrStatus>>, said: string) =>
    void settle(call).then((r) => {
      if (r.ok) show(r.value);
      announce(r.ok ? said : r.error.message);
    });
  const counted = state === 'running' && progress && progress.total > 0 ? progress : null;
  return (
    <div className="progress" data-testid="ocr-progress">
      {counted && (
        <progress aria-label={t('ocr.reading')} value={counted.done} max={counted.total} />
      )}
      <span role="status">
        {state === 'running'
          ? counted
            ? t('ocr.progress', { done: counted.done, total: counted.total })
            : t('ocr.reading')
          : state === 'paused'
            ? t('ocr.paused', { pages: pages.pending })
            : t('ocr.waiting', { pages: pages.pending })}
        {counted?.current
          ? ` ${t('ocr.current', { current: counted.current, page: counted.page })}`
          : ''}
        {pages.failed > 0 ? ` ${t('ocr.failed', { pages: pages.failed })}` : ''}
      </span>
      {libraryWritable && state === 'running' && (
        <>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => control(() => api.pauseOcr(), t('ocr.pausedSaid'))}
            data-testid="ocr-pause"
          >
            {t('ocr.pause')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => control(() => api.cancelOcr(), t('ocr.stoppedSaid'))}
            data-testid="ocr-cancel"
          >
            {t('ocr.cancel')}
          </button>
        </>
      )}
      {libraryWritable && state === 'paused' && (
        <button
          type="button"
          className="button button--small"
          onClick={() => control(() => api.resumeOcr(), t('ocr.resumedSaid'))}
          data-testid="ocr-resume"
        >
          {t('ocr.resume')}
        </button>
      )}
    </div>
  );
}
