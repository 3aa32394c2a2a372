// Adding documents to the library: in the desktop app, files and folders picked in the system's
// dialog (or typed as paths) are copied into the library and indexed at once; each new document
// then gets its details filled in; a library pack is checked, shown, and imported if the user
// agrees. Over HTTP the library is read-only, and the page says so.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { IngestReport } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { IngestProgressBar } from '../ingest/IngestProgressBar.tsx';
import { OcrProgress } from '../ocr/OcrProgress.tsx';
import { useIngestProgress } from '../ingest/use-ingest-progress.ts';
import { PackImport } from '../packs/PackImport.tsx';
import { routeHref } from '../router/routes.ts';
import { OUTCOME_LABEL } from '../i18n/keys.ts';

function IngestSummary({ report }: { report: IngestReport }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="ingest-report" data-testid="ingest-report">
      <h2 id="ingest-report">{t('add.reportTitle')}</h2>
      {report.cancelled && <p className="notice">{t('add.cancelled')}</p>}
      <p>
        {t('add.reportCounts', {
          indexed: report.indexed,
          replaced: report.replaced,
          unchanged: report.unchanged,
          skipped: report.skipped,
          seconds: Math.round(report.elapsedMs / 100) / 10,
        })}
      </p>
      <ul className="plain-list ingest-entries">
        {report.entries.map((entry) => (
          <li key={entry.path} className={`ingest-entry ingest-entry--${entry.outcome}`}>
            <span className="badge">{t(OUTCOME_LABEL[entry.outcome])}</span>{' '}
            <code>{entry.path}</code>
            {entry.message && <span className="muted"> · {entry.message}</span>}
            {entry.documentId && (entry.outcome === 'indexed' || entry.outcome === 'replaced') && (
              <>
                {' '}
                <a
                  href={routeHref({
                    name: 'document',
                    id: entry.documentId,
                    page: null,
                    query: '',
                    edit: true,
                  })}
                >
                  {t('add.fillIn')}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AddDocumentsPage() {
  const { t } = useTranslation();
  const { api, libraryWritable } = usePortal();
  const announce = useAnnounce();
  const pathsId = useId();
  const [paths, setPaths] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<IngestReport | null>(null);
  const progress = useIngestProgress(busy);

  if (!libraryWritable) {
    return (
      <div className="add-page">
        <PageTitle title={t('add.title')} />
        <div className="notice" data-testid="add-unavailable">
          <p className="notice__title">{t('add.desktopOnlyTitle')}</p>
          <p>{t('add.desktopOnly')}</p>
        </div>
      </div>
    );
  }

  const list = paths
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);

  const choose = async (folder: boolean) => {
    setError(null);
    const result = await settle(() => api.chooseFiles({ folder }));
    if (!result.ok) return setError(result.error);
    const chosen = result.value.filter((path) => !list.includes(path));
    if (chosen.length > 0) setPaths([...list, ...chosen].join('\n'));
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await settle(() => api.addFiles({ paths: list }));
    setBusy(false);
    if (result.ok) {
      setReport(result.value);
      announce(t('add.done', { count: result.value.indexed + result.value.replaced }));
    } else {
      setError(result.error);
    }
  };

  return (
    <div className="add-page">
      <PageTitle title={t('add.title')} />
      <p className="lead">{t('add.lead')}</p>
      <form
        className="panel form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void choose(false)}
            data-testid="choose-files"
          >
            {t('add.chooseFiles')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void choose(true)}
            data-testid="choose-folder"
          >
            {t('add.chooseFolder')}
          </button>
        </div>
        <label htmlFor={pathsId}>{t('add.pathsLabel')}</label>
        <p className="hint">{t('add.pathsHint')}</p>
        <textarea
          id={pathsId}
          rows={5}
          value={paths}
          onChange={(event) => setPaths(event.target.value)}
          spellCheck={false}
          data-testid="add-paths"
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || list.length === 0}>
            {t('add.submit', { count: list.length })}
          </button>
        </div>
        {busy && <IngestProgressBar progress={progress} />}
        <OcrProgress />
      </form>
      {error && <ErrorNotice error={error} />}
      {report && <IngestSummary report={report} />}
      <PackImport />
    </div>
  );
}
