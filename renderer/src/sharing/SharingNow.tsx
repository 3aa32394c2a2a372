// While sharing: the address and its QR code for the room (the room code inside both), the code
// itself to read out, when sharing stops, and the stop button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharingStatus } from '#shared/classroom-sharing.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { QrCode } from './QrCode.tsx';

type Sharing = Extract<SharingStatus, { state: 'on' }>;

/** "K7P2QX" as "K7P 2QX": two groups are easier to read out and to type. */
const readable = (code: string) => code.replace(/^(.{3})(.+)$/, '$1 $2');

export function SharingNow({ status, onStop }: { status: Sharing; onStop(): void }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [chosen, setChosen] = useState(0);
  const address = status.addresses[Math.min(chosen, status.addresses.length - 1)];
  return (
    <div className="panel share-page__now">
      <p className="share-page__status" role="status" data-testid="sharing-status">
        <span className="sharing-indicator__dot" aria-hidden="true" />
        {t('sharing.onUntil', { time: format.clockTime(status.stopsAt) })}
      </p>
      {address === undefined ? (
        <p className="notice notice--warning" data-testid="sharing-no-network">
          {t('sharing.noNetwork')}
        </p>
      ) : (
        <figure className="share-page__qr">
          <QrCode text={address} label={t('sharing.qrLabel', { address })} />
          <figcaption>
            {t('sharing.scanOrType')}
            <code className="share-page__address" data-testid="sharing-address">
              {address}
            </code>
          </figcaption>
        </figure>
      )}
      {status.addresses.length > 1 && (
        <fieldset className="share-page__addresses">
          <legend>{t('sharing.severalAddresses')}</legend>
          {status.addresses.map((option, index) => (
            <label key={option}>
              <input
                type="radio"
                name="sharing-address"
                checked={option === address}
                onChange={() => setChosen(index)}
              />{' '}
              {new URL(option).host}
            </label>
          ))}
        </fieldset>
      )}
      <p className="share-page__code">
        {t('sharing.roomCode')}{' '}
        <strong className="room-code" data-testid="sharing-room-code">
          {readable(status.roomCode)}
        </strong>
      </p>
      <p className="share-page__hint">{t('sharing.codeHint')}</p>
      <button type="button" className="button button--danger" onClick={onStop}>
        {t('sharing.stop')}
      </button>
    </div>
  );
}
