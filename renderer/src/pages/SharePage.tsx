// "Share with the room": the trainer picks how long, starts, shows the room the address and QR
// code, and stops. Only the desktop app serves the classroom from its window; a browser is told
// where sharing is started.
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SharingNow } from '../sharing/SharingNow.tsx';
import { SharingStart } from '../sharing/SharingStart.tsx';
import type { SharingStore } from '../sharing/sharing-store.ts';
import { useSharing } from '../sharing/use-sharing.ts';

function Sharing({ store }: { store: SharingStore }) {
  const { t } = useTranslation();
  const { status, error } = useSharing(store);
  if (status === null && error === null) return <Loading />;
  const failed = status?.state === 'off' && status.ended === 'failed' ? status.message : undefined;
  return (
    <>
      {error ? (
        <ErrorNotice error={error} title={t('sharing.failed')} />
      ) : (
        failed !== undefined && (
          <ErrorNotice error={{ code: 'failed', message: failed }} title={t('sharing.failed')} />
        )
      )}
      {status?.state === 'on' ? (
        <SharingNow status={status} onStop={() => void store.stop()} />
      ) : (
        <SharingStart status={status} onStart={(minutes) => void store.start(minutes)} />
      )}
    </>
  );
}

export default function SharePage() {
  const { t } = useTranslation();
  const { sharing } = usePortal();
  return (
    <div className="share-page">
      <PageTitle title={t('sharing.title')} />
      {sharing ? <Sharing store={sharing} /> : <p className="notice">{t('sharing.desktopOnly')}</p>}
    </div>
  );
}
