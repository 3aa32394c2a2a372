// Before sharing: what the room will see, how long to share, and how the last sharing ended.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SHARING_MINUTES, SHARING_MINUTES } from '#shared/classroom-sharing.ts';
import type { SharingStatus } from '#shared/classroom-sharing.ts';
import { SHARING_DURATION_LABEL, SHARING_ENDED_NOTICE } from '../i18n/keys.ts';

export function SharingStart({
  status,
  onStart,
}: {
  status: SharingStatus | null;
  onStart(minutes: number): void;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<number>(DEFAULT_SHARING_MINUTES);
  const starting = status?.state === 'starting';
  const ended = status?.state === 'off' ? status.ended : null;
  return (
    <div className="panel share-page__start">
      <p>{t('sharing.intro')}</p>
      <p>
        {t('sharing.listsHint')} <a href="#/settings">{t('sharing.listsLink')}</a>
      </p>
      {ended && ended !== 'never-started' && ended !== 'failed' && (
        <p className="notice" role="status" data-testid="sharing-ended">
          {t(SHARING_ENDED_NOTICE[ended])}
        </p>
      )}
      <form
        className="share-page__form"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(minutes);
        }}
      >
        <label>
          {t('sharing.duration')}{' '}
          <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
            {SHARING_MINUTES.map((option) => (
              <option key={option} value={option}>
                {t(SHARING_DURATION_LABEL[option])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={starting} aria-busy={starting}>
          {starting ? t('sharing.starting') : t('sharing.start')}
        </button>
      </form>
    </div>
  );
}
