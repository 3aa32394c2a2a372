// The publisher keys this computer's user trusts: a pack signed by one of them is shown with its
// label. Each key can be removed, and one added by the fingerprint its publisher gave.
import { useTranslation } from 'react-i18next';
import type { TrustedKey } from '#shared/pack-types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { Fingerprint } from '../packs/Fingerprint.tsx';
import { TrustKeyForm } from '../packs/TrustKeyForm.tsx';

function TrustedKeyList({ keys, onRemoved }: { keys: TrustedKey[]; onRemoved(): void }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const format = useLocaleFormat();
  if (keys.length === 0) return <p className="empty">{t('keys.none')}</p>;
  const remove = async (key: TrustedKey) => {
    const removed = await settle(() => api.removeTrustedKey(key.fingerprint));
    announce(removed.ok ? t('keys.removed', { label: key.label }) : removed.error.message);
    onRemoved();
  };
  return (
    <ul className="plain-list trusted-keys" data-testid="trusted-keys">
      {keys.map((key) => (
        <li key={key.fingerprint} className="trusted-key">
          <span className="trusted-key__label">{key.label}</span>
          <Fingerprint value={key.fingerprint} />
          <span className="muted">{t('keys.addedAt', { date: format.moment(key.addedAt) })}</span>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void remove(key)}
            aria-label={t('keys.removeNamed', { label: key.label })}
          >
            {t('keys.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function TrustedKeysSetting() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const { result, reload } = useApiResult('settings:trusted-keys', () => api.listTrustedKeys());
  return (
    <>
      <p className="hint">{t('keys.hint')}</p>
      <ResultView result={result} onRetry={reload}>
        {(keys) => <TrustedKeyList keys={keys} onRemoved={reload} />}
      </ResultView>
      <h3>{t('keys.addTitle')}</h3>
      <TrustKeyForm
        onAdded={(key) => {
          announce(t('keys.added', { label: key.label }));
          reload();
        }}
      />
    </>
  );
}
