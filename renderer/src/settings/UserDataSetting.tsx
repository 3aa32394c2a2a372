// What this computer's user wrote, kept safe: exported to one file (to keep, or to take to another
// computer) and imported from one, and the copies the app keeps at start, each of which can be
// restored after the user confirms. Only in the desktop app: it reads and writes files here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { USER_BACKUPS_KEPT } from '#shared/user-data.ts';
import type { UserBackup, UserDataCounts } from '#shared/user-data.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useFocusOnShow } from '../packs/use-focus-on-show.ts';

function useCounts(): (counts: UserDataCounts) => string {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (counts) =>
    t('userData.counts', {
      bookmarks: format.number(counts.bookmarks),
      highlights: format.number(counts.highlights),
      readingLists: format.number(counts.readingLists),
      readingListItems: format.number(counts.readingListItems),
      trustedKeys: format.number(counts.trustedKeys),
    });
}

function useBackupDate(): (backup: UserBackup) => string {
  const format = useLocaleFormat();
  return (backup) => `${format.moment(backup.createdAt)} ${format.clockTime(backup.createdAt)}`;
}

function ExportAndImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const counts = useCounts();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; error: ApiError } | null>(null);

  const run = async (
    choose: { saveUserData: true } | { userData: true },
    work: (file: string) => Promise<string | null>,
  ) => {
    setError(null);
    const chosen = await settle(() => api.chooseFiles(choose));
    const file = chosen.ok ? chosen.value[0] : undefined;
    if (!chosen.ok) return setError({ title: t('errors.failed'), error: chosen.error });
    if (file === undefined) return;
    const said = await work(file);
    if (said !== null) {
      setStatus(said);
      announce(said);
    }
  };

  const exportAll = () =>
    run({ saveUserData: true }, async (file) => {
      const exported = await settle(() => api.exportUserData({ file }));
      if (exported.ok)
        return t('userData.exported', { file, counts: counts(exported.value.counts) });
      setError({ title: t('userData.exportFailed'), error: exported.error });
      return null;
    });

  const importFile = () =>
    run({ userData: true }, async (file) => {
      const imported = await settle(() => api.importUserData({ file }));
      if (!imported.ok) {
        setError({ title: t('userData.importRefused'), error: imported.error });
        return null;
      }
      onImported();
      return t('userData.imported', {
        added: counts(imported.value.added),
        alreadyHere: counts(imported.value.alreadyHere),
      });
    });

  return (
    <>
      <p className="hint">{t('userData.hint')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('userData.export')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void importFile()}
        >
          {t('userData.import')}
        </button>
      </div>
      {status && (
        <p role="status" data-testid="user-data-status">
          {status}
        </p>
      )}
      {error && <ErrorNotice title={error.title} error={error.error} />}
    </>
  );
}

/** Asks before a copy replaces what is here, with the keyboard focus on the question. */
function RestoreConfirmation({
  date,
  restoring,
  onConfirm,
  onCancel,
}: {
  date: string;
  restoring: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const question = useFocusOnShow<HTMLParagraphElement>();
  return (
    <div className="notice notice--warning" role="alertdialog" aria-labelledby="restore-ask">
      <p id="restore-ask" ref={question} tabIndex={-1}>
        {t('userData.confirmRestore', { date })}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={restoring}
          onClick={onConfirm}
          data-testid="confirm-restore"
        >
          {t('userData.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={restoring}
          onClick={onCancel}
        >
          {t('userData.cancel')}
        </button>
      </div>
    </div>
  );
}

function BackupList({ backups, onRestored }: { backups: UserBackup[]; onRestored(): void }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const counts = useCounts();
  const dateOf = useBackupDate();
  const [confirming, setConfirming] = useState<UserBackup | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const restore = async (backup: UserBackup) => {
    setRestoring(true);
    setError(null);
    const restored = await settle(() => api.restoreUserBackup(backup.name));
    setRestoring(false);
    setConfirming(null);
    if (!restored.ok) return setError(restored.error);
    const said = t('userData.restored', { date: dateOf(backup) });
    setStatus(said);
    announce(said);
    onRestored();
  };

  return (
    <>
      {backups.length === 0 ? (
        <p className="empty">{t('userData.noBackups')}</p>
      ) : (
        <ul className="plain-list user-backups" data-testid="user-backups">
          {backups.map((backup) => (
            <li key={backup.name} className="user-backup" data-backup={backup.name}>
              <span className="user-backup__date">{dateOf(backup)}</span>
              <span className="muted">{counts(backup.counts)}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={restoring}
                onClick={() => setConfirming(backup)}
                aria-label={t('userData.restoreNamed', { date: dateOf(backup) })}
              >
                {t('userData.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <RestoreConfirmation
          key={confirming.name}
          date={dateOf(confirming)}
          restoring={restoring}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {status && (
        <p role="status" data-testid="restore-status">
          {status}
        </p>
      )}
      {error && <ErrorNotice title={t('userData.restoreFailed')} error={error} />}
    </>
  );
}

export function UserDataSetting() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result, reload } = useApiResult('settings:user-backups', () => api.listUserBackups());
  return (
    <>
      <ExportAndImport onImported={reload} />
      <h3>{t('userData.backupsTitle')}</h3>
      <p className="hint">{t('userData.backupsHint', { kept: USER_BACKUPS_KEPT })}</p>
      <ResultView result={result} onRetry={reload}>
        {(backups) => <BackupList backups={backups} onRestored={reload} />}
      </ResultView>
    </>
  );
}
