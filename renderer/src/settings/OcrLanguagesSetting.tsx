// The languages scanned pages are read in: each shipped with the app, added by this computer's
// user, or missing (Khmer until its data is added). In the desktop app the user adds a language's
// recognition data file (chosen with the system's dialog, checked and copied by the engine) and
// removes one added; a browser on the same computer shows the list only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { OcrLanguage, OcrLanguageList } from '#shared/ocr-languages.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useApiResult } from '../api/use-api-result.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';

const MEGABYTE = 1024 * 1024;

function LanguageRow({
  entry,
  canChange,
  onRemove,
}: {
  entry: OcrLanguage;
  canChange: boolean;
  onRemove(entry: OcrLanguage): void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useLocaleFormat();
  const name = entry.language ? labels.language(entry.language) : entry.code;
  return (
    <li className="ocr-language" data-testid={`ocr-language-${entry.code}`}>
      <span className="ocr-language__name">{name}</span>
      <span className="muted">{entry.code}</span>
      <span className={`ocr-language__state ocr-language__state--${entry.state}`}>
        {entry.state === 'shipped'
          ? t('ocrLanguages.state.shipped')
          : entry.state === 'added'
            ? t('ocrLanguages.state.added')
            : t('ocrLanguages.state.missing')}
      </span>
      {entry.bytes !== null && (
        <span className="muted">
          {t('ocrLanguages.size', {
            size: format.number(Math.max(0.1, Math.round((entry.bytes / MEGABYTE) * 10) / 10)),
          })}
        </span>
      )}
      {canChange && entry.state === 'added' && (
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => onRemove(entry)}
          aria-label={t('ocrLanguages.removeNamed', { language: name })}
        >
          {t('ocrLanguages.remove')}
        </button>
      )}
    </li>
  );
}

export function OcrLanguagesSetting() {
  const { t } = useTranslation();
  const { api, mode } = usePortal();
  const announce = useAnnounce();
  const labels = useLabels();
  const canChange = mode === 'desktop';
  const { result, reload } = useApiResult('settings:ocr-languages', () => api.listOcrLanguages());
  const [error, setError] = useState<{ title: string; error: ApiError } | null>(null);

  const said = (list: OcrLanguageList, code: string, change: 'added' | 'removed') => {
    const entry = list.languages.find((l) => l.code === code);
    const language = entry?.language ? labels.language(entry.language) : code;
    announce(
      change === 'added'
        ? t('ocrLanguages.added', { language })
        : t('ocrLanguages.removed', { language }),
    );
    reload();
  };

  const add = async () => {
    setError(null);
    const chosen = await settle(() => api.chooseFiles({ ocrData: true }));
    if (!chosen.ok) return setError({ title: t('errors.failed'), error: chosen.error });
    const file = chosen.value[0];
    if (file === undefined) return;
    const added = await settle(() => api.addOcrLanguage({ file }));
    if (!added.ok) return setError({ title: t('ocrLanguages.refused'), error: added.error });
    const name = file.split(/[\\/]/).at(-1) ?? file;
    said(added.value, name.slice(0, name.indexOf('.')), 'added');
  };

  const remove = async (entry: OcrLanguage) => {
    setError(null);
    const removed = await settle(() => api.removeOcrLanguage(entry.code));
    if (!removed.ok) return setError({ title: t('errors.failed'), error: removed.error });
    said(removed.value, entry.code, 'removed');
  };

  return (
    <>
      <p className="hint">{t('ocrLanguages.hint')}</p>
      <ResultView result={result} onRetry={reload}>
        {(list) => (
          <>
            <ul className="plain-list ocr-languages" data-testid="ocr-languages">
              {list.languages.map((entry) => (
                <LanguageRow
                  key={entry.code}
                  entry={entry}
                  canChange={canChange}
                  onRemove={(e) => void remove(e)}
                />
              ))}
            </ul>
            {list.problems.length > 0 && (
              <ul
                className="plain-list ocr-languages__problems"
                aria-label={t('ocrLanguages.problems')}
              >
                {list.problems.map((problem) => (
                  <li key={problem} className="muted">
                    {problem}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ResultView>
      {canChange ? (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => void add()}>
            {t('ocrLanguages.add')}
          </button>
        </div>
      ) : (
        <p className="hint">{t('ocrLanguages.desktopOnly')}</p>
      )}
      {error && <ErrorNotice title={error.title} error={error.error} />}
    </>
  );
}
