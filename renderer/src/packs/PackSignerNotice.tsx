// Who signed a pack: a trusted key by its label; an unknown key by its fingerprint, with a warning
// and a way to trust it; no signature, with a warning.
import { useTranslation } from 'react-i18next';
import type { PackSigner, TrustedKey } from '#shared/pack-types.ts';
import { Fingerprint } from './Fingerprint.tsx';
import { TrustKeyForm } from './TrustKeyForm.tsx';

export function PackSignerNotice({
  signer,
  onTrusted,
}: {
  signer: PackSigner;
  onTrusted(key: TrustedKey): void;
}) {
  const { t } = useTranslation();
  if (signer.state === 'trusted')
    return (
      <div className="notice" data-testid="pack-signer" data-signer={signer.state}>
        <p className="notice__title">{t('packs.signedTrusted', { label: signer.label })}</p>
        <Fingerprint value={signer.fingerprint} />
      </div>
    );
  if (signer.state === 'unknown-key')
    return (
      <div className="notice notice--warning" data-testid="pack-signer" data-signer={signer.state}>
        <p className="notice__title">{t('packs.signedUnknown')}</p>
        <p>{t('packs.signedUnknownHelp')}</p>
        <Fingerprint value={signer.fingerprint} />
        <TrustKeyForm fingerprint={signer.fingerprint} onAdded={onTrusted} />
      </div>
    );
  return (
    <div className="notice notice--warning" data-testid="pack-signer" data-signer={signer.state}>
      <p className="notice__title">{t('packs.unsigned')}</p>
      <p>{t('packs.unsignedHelp')}</p>
    </div>
  );
}
