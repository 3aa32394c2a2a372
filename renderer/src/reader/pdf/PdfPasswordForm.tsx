// Asks for the password of a PDF that needs one to open. The password goes to pdf.js for this
// document only and is never kept: the field is emptied once it is given.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PasswordRequest {
  /** A password was given and pdf.js could not open the document with it. */
  incorrect: boolean;
  give(password: string): void;
}

export function PdfPasswordForm({ request }: { request: PasswordRequest }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const fieldId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.give(password);
    setPassword('');
  };
  return (
    <form className="pdf-password" onSubmit={submit} data-testid="pdf-password">
      <p>{t('reader.passwordPrompt')}</p>
      {request.incorrect && (
        <p className="notice" role="alert">
          {t('reader.passwordIncorrect')}
        </p>
      )}
      <label htmlFor={fieldId}>{t('reader.passwordLabel')}</label>
      <input
        id={fieldId}
        type="password"
        autoComplete="off"
        autoFocus
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" disabled={password === ''}>
        {t('reader.passwordOpen')}
      </button>
    </form>
  );
}
