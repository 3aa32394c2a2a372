// How far the indexing run under way has got, read out as it changes, with a button to stop it.
import { useTranslation } from 'react-i18next';
import type { IngestProgress } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';

export function IngestProgressBar({ progress }: { progress: IngestProgress | null }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const counted = progress && progress.total > 0 ? progress : null;
  return (
    <div className="progress" data-testid="ingest-progress">
      {counted ? (
        <progress aria-label={t('add.indexing')} value={counted.done} max={counted.total} />
      ) : (
        <progress aria-label={t('add.indexing')} />
      )}
      <span role="status">
        {counted
          ? t('add.progress', {
              done: counted.done,
              total: counted.total,
              current: counted.current,
            })
          : t('add.indexing')}
      </span>
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() =>
          void settle(() => api.cancelIngest()).then((r) =>
            announce(r.ok ? t('add.stopping') : r.error.message),
          )
        }
      >
        {t('add.cancel')}
      </button>
    </div>
  );
}
