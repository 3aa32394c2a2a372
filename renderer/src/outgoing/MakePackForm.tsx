// "Make a pack…": the publisher's name (remembered), a signing key chosen with the system's dialog
// or a clear word that the pack will be unsigned, then the pack's file in the system's save dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OutgoingSource } from '#shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useMakingError } from './making-error.ts';
import { MakingProgress } from './MakingProgress.tsx';
import { NameField } from './NameField.tsx';
import { OutgoingSummary, type MadeCopy } from './OutgoingSummary.tsx';
import { savedPublisher, savePublisher } from './saved-publisher.ts';

/** The last part of a path, on Windows and elsewhere. */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function MakePackForm({ source, name }: { source: OutgoingSource; name: string }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const inUserWords = useMakingError();
  const [publisher, setPublisher] = useState(() => savedPublisher(localStorage));
  const [keyFile, setKeyFile] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeCopy | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const publisherProblem =
    checked && publisher.trim() === '' ? t('outgoing.publisherRequired') : null;

  const chooseKey = async () => {
    setError(null);
    const chosen = await settle(() => api.chooseFiles({ signingKey: true }));
    if (!chosen.ok) return setError(chosen.error);
    if (chosen.value[0]) setKeyFile(chosen.value[0]);
  };

  const make = async () => {
    setChecked(true);
    setError(null);
    setMade(null);
    const trimmed = publisher.trim();
    if (trimmed === '') return;
    savePublisher(localStorage, trimmed);
    const chosen = await settle(() => api.chooseFiles({ savePack: { name } }));
    if (!chosen.ok) return setError(chosen.error);
    const [file] = chosen.value;
    if (!file) return;
    setBusy(true);
    // The save dialog asked before replacing a file that was there.
    const created = await settle(() =>
      api.createPack({ source, file, publisher: trimmed, signingKeyFile: keyFile, replace: true }),
    );
    setBusy(false);
    if (!created.ok) return setError(inUserWords(created.error));
    const report = created.value;
    setMade({ kind: 'pack', path: report.out, ...report });
    announce(t('outgoing.packMade'));
  };

  return (
    <form
      className="form outgoing-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
      data-testid="make-pack-form"
    >
      <NameField
        label={t('outgoing.publisher')}
        value={publisher}
        problem={publisherProblem}
        onChange={setPublisher}
        testId="pack-publisher"
      />
      {keyFile ? (
        <div className="notice" data-testid="pack-key">
          <p>{t('outgoing.keyChosen', { file: fileNameOf(keyFile) })}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setKeyFile(null)}
            data-testid="pack-no-key"
          >
            {t('outgoing.noKey')}
          </button>
        </div>
      ) : (
        <div className="notice notice--warning" data-testid="pack-unsigned">
          <p className="notice__title">{t('outgoing.unsigned')}</p>
          <p>{t('outgoing.unsignedHelp')}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void chooseKey()}
            data-testid="pack-choose-key"
          >
            {t('outgoing.chooseKey')}
          </button>
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy} data-testid="pack-save">
          {t('outgoing.savePack')}
        </button>
      </div>
      {busy && <MakingProgress label={t('outgoing.makingPack')} />}
      {error && <ErrorNotice error={error} title={t('outgoing.packRefused')} />}
      {made && <OutgoingSummary made={made} />}
    </form>
  );
}
