// Trusting a publisher's key with a label: by a fingerprint typed in, or (when the fingerprint is
// given, as for a pack's unknown signer) by its label alone. Checked here first, so a mistake is
// named next to its field before anything is sent.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { normaliseFingerprint } from '#shared/key-fingerprint.ts';
import type { TrustedKey } from '#shared/pack-types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';

interface FieldProps {
  label: string;
  value: string;
  problem: string | null;
  onChange(value: string): void;
  testId: string;
  monospace?: boolean;
}

function CheckedField({ label, value, problem, onChange, testId, monospace }: FieldProps) {
  const id = useId();
  return (
    <div className="form__row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={monospace ? 'fingerprint-input' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        spellCheck={false}
        data-testid={testId}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function TrustKeyForm({
  fingerprint: given,
  onAdded,
}: {
  /** The key to trust; without it the form asks for its fingerprint. */
  fingerprint?: string;
  onAdded(key: TrustedKey): void;
}) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const [fingerprint, setFingerprint] = useState('');
  const [label, setLabel] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const normalised = normaliseFingerprint(given ?? fingerprint);
  const fingerprintProblem = checked && normalised === null ? t('keys.fingerprintInvalid') : null;
  const labelProblem = checked && label.trim() === '' ? t('keys.labelRequired') : null;

  const submit = async () => {
    setChecked(true);
    setError(null);
    if (normalised === null || label.trim() === '') return;
    setBusy(true);
    const added = await settle(() => api.addTrustedKey({ fingerprint: normalised, label }));
    setBusy(false);
    if (!added.ok) return setError(added.error);
    setFingerprint('');
    setLabel('');
    setChecked(false);
    onAdded(added.value);
  };

  return (
    <form
      className="form trust-key-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="trust-key-form"
    >
      {given === undefined && (
        <CheckedField
          label={t('keys.fingerprint')}
          value={fingerprint}
          problem={fingerprintProblem}
          onChange={setFingerprint}
          testId="trust-key-fingerprint"
          monospace
        />
      )}
      <CheckedField
        label={t('keys.label')}
        value={label}
        problem={labelProblem}
        onChange={setLabel}
        testId="trust-key-label"
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('keys.add')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
