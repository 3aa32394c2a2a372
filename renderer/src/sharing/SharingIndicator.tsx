// The header's "Share with the room" link, which becomes a visible "sharing" indicator with the
// time sharing stops while the library is open to the classroom's network.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import type { SharingStore } from './sharing-store.ts';
import { useSharing } from './use-sharing.ts';

export function SharingIndicator({ store, current }: { store: SharingStore; current: boolean }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { status } = useSharing(store);
  const on = status?.state === 'on';
  return (
    <a
      className={`sharing-indicator${on ? ' sharing-indicator--on' : ''}`}
      href="#/share"
      aria-current={current ? 'page' : undefined}
      data-testid="sharing-indicator"
    >
      {on && <span className="sharing-indicator__dot" aria-hidden="true" />}
      {on
        ? t('sharing.indicatorOn', { time: format.clockTime(status.stopsAt) })
        : status?.state === 'starting'
          ? t('sharing.indicatorStarting')
          : t('sharing.indicatorOff')}
    </a>
  );
}
