// "Make a static copy…": who made it (the remembered publisher's name by default) and the language
// its pages speak (the interface's by default: a trainer may choose the classroom's), then a new
// or empty folder in the system's dialog; the copy opens from its index.html in any browser.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OutgoingSource } from '#shared/api.ts';
import { isCopyLanguage, type CopyLanguage } from '#shared/static-copy/copy-strings.ts';
import { INTERFACE_LANGUAGES } from '../i18n/languages.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useMakingError } from './making-error.ts';
import { MakingProgress } from './MakingProgress.tsx';
import { NameField } from './NameField.tsx';
import { OutgoingSummary, type MadeCopy } from './OutgoingSummary.tsx';
import { savedPublisher, savePublisher } from './saved-publisher.ts';

export function MakeCopyForm({ source }: { source: OutgoingSource }) {
  const { t, i18n } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const inUserWords = useMakingError();
  const [madeBy, setMadeBy] = useState(() => savedPublisher(localStorage));
  const [language, setLanguage] = useState<CopyLanguage>(() =>
    isCopyLanguage(i18n.resolvedLanguage ?? '') ? (i18n.resolvedLanguage as CopyLanguage) : 'en',
  );
  const languageId = useId();
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeCopy | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const madeByProblem = checked && madeBy.trim() === '' ? t('outgoing.madeByRequired') : null;

  const make = async () => {
    setChecked(true);
    setError(null);
    setMade(null);
    const trimmed = madeBy.trim();
    if (trimmed === '') return;
    savePublisher(localStorage, trimmed);
    const chosen = await settle(() => api.chooseFiles({ copyFolder: true }));
    if (!chosen.ok) return setError(chosen.error);
    const [folder] = chosen.value;
    if (!folder) return;
    setBusy(true);
    const exported = await settle(() =>
      api.exportStaticCopy({ source, folder, madeBy: trimmed, language }),
    );
    setBusy(false);
    if (!exported.ok) return setError(inUserWords(exported.error));
    setMade({ kind: 'copy', path: exported.value.folder, ...exported.value });
    announce(t('outgoing.copyMade'));
  };

  return (
    <form
      className="form outgoing-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
      data-testid="make-copy-form"
    >
      <NameField
        label={t('outgoing.madeBy')}
        value={madeBy}
        problem={madeByProblem}
        onChange={setMadeBy}
        testId="copy-made-by"
      />
      <div className="form__row">
        <label htmlFor={languageId}>{t('outgoing.copyLanguage')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => {
            if (isCopyLanguage(event.target.value)) setLanguage(event.target.value);
          }}
          data-testid="copy-language"
        >
          {INTERFACE_LANGUAGES.map(({ code, name }) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy} data-testid="copy-choose-folder">
          {t('outgoing.chooseFolder')}
        </button>
      </div>
      {busy && <MakingProgress label={t('outgoing.makingCopy')} />}
      {error && <ErrorNotice error={error} title={t('outgoing.copyRefused')} />}
      {made && <OutgoingSummary made={made} />}
    </form>
  );
}
