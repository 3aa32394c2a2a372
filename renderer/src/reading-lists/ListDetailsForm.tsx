// A reading list's name and the note shown on top of its handout: the form that creates a list
// and the one that edits it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';

export function ListDetailsForm({
  name: initialName = '',
  note: initialNote = '',
  submitLabel,
  onSubmit,
  clearOnSuccess = false,
  testId,
}: {
  name?: string;
  note?: string;
  submitLabel: string;
  onSubmit(name: string, note: string): Promise<ApiError | null>;
  clearOnSuccess?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const noteId = useId();
  const [name, setName] = useState(initialName);
  const [note, setNote] = useState(initialNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const unchanged = name === initialName && note === initialNote;

  return (
    <form
      className="form list-details"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSubmit(name, note).then((failed) => {
          setBusy(false);
          setError(failed);
          if (!failed && clearOnSuccess) {
            setName('');
            setNote('');
          }
        });
      }}
    >
      <div className="form__row">
        <label htmlFor={nameId}>{t('readingLists.name')}</label>
        <input
          id={nameId}
          value={name}
          required
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="form__row">
        <label htmlFor={noteId}>{t('readingLists.note')}</label>
        <textarea
          id={noteId}
          value={note}
          rows={3}
          maxLength={10000}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={busy || name.trim() === '' || (!clearOnSuccess && unchanged)}
        >
          {submitLabel}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
