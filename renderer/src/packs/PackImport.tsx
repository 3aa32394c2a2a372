// Importing a library pack in the desktop app: the pack is chosen in the system's dialog and
// checked completely first; the user sees what it holds and who signed it, then imports it or
// not. The import's indexing shows its progress like adding documents does.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { PackImportReport, PackVerification, TrustedKey } from '#shared/pack-types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { IngestProgressBar } from '../ingest/IngestProgressBar.tsx';
import { useIngestProgress } from '../ingest/use-ingest-progress.ts';
import { PackContents } from './PackContents.tsx';
import { PackImportSummary } from './PackImportSummary.tsx';
import { PackSignerNotice } from './PackSignerNotice.tsx';
import { useFocusOnShow } from './use-focus-on-show.ts';

interface CheckedPack {
  file: string;
  pack: PackVerification;
}

function CheckedPackPanel({
  checked,
  importing,
  onImport,
  onCancel,
  onTrusted,
}: {
  checked: CheckedPack;
  importing: boolean;
  onImport(): void;
  onCancel(): void;
  onTrusted(key: TrustedKey): void;
}) {
  const { t } = useTranslation();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const progress = useIngestProgress(importing);
  return (
    <section className="panel" aria-labelledby="pack-checked" data-testid="pack-checked">
      <h2 id="pack-checked" ref={heading} tabIndex={-1}>
        {t('packs.checkedTitle')}
      </h2>
      <PackContents pack={checked.pack} />
      <PackSignerNotice signer={checked.pack.signer} onTrusted={onTrusted} />
      <div className="form__actions">
        <button type="button" className="button" disabled={importing} onClick={onImport}>
          {t('packs.import')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={importing}
          onClick={onCancel}
        >
          {t('packs.cancel')}
        </button>
      </div>
      {importing && <IngestProgressBar progress={progress} />}
    </section>
  );
}

export function PackImport() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const [checked, setChecked] = useState<CheckedPack | null>(null);
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<PackImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);

  const check = async (file: string) => {
    const verified = await settle(() => api.verifyPack({ file }));
    if (!verified.ok) return setError(verified.error);
    setChecked({ file, pack: verified.value });
  };

  const choose = async () => {
    setError(null);
    setReport(null);
    setChecked(null);
    const chosen = await settle(() => api.chooseFiles({ folder: false, pack: true }));
    if (!chosen.ok) return setError(chosen.error);
    const [file] = chosen.value;
    if (file) await check(file);
  };

  const importChecked = async (file: string) => {
    setImporting(true);
    setError(null);
    const imported = await settle(() => api.importPack({ file }));
    setImporting(false);
    if (!imported.ok) return setError(imported.error);
    setChecked(null);
    setReport(imported.value);
    announce(t('packs.imported', { publisher: imported.value.pack.publisher }));
  };

  return (
    <section className="panel" aria-labelledby="pack-import" data-testid="pack-import">
      <h2 id="pack-import">{t('packs.title')}</h2>
      <p className="hint">{t('packs.lead')}</p>
      <button
        ref={chooseButton}
        type="button"
        className="button button--secondary pack-import__choose"
        disabled={importing}
        onClick={() => void choose()}
        data-testid="choose-pack"
      >
        {t('packs.choose')}
      </button>
      {error && <ErrorNotice error={error} title={t('packs.refused')} />}
      {checked && (
        <CheckedPackPanel
          checked={checked}
          importing={importing}
          onImport={() => void importChecked(checked.file)}
          onCancel={() => {
            setChecked(null);
            // The panel and its focused button are gone: back to where the user started.
            chooseButton.current?.focus();
          }}
          onTrusted={(key) => {
            announce(t('keys.added', { label: key.label }));
            void check(checked.file);
          }}
        />
      )}
      {report && <PackImportSummary report={report} />}
    </section>
  );
}
