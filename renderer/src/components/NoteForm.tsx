// A note in a form: its labelled text area, a save button (enabled once the text differs from
// the saved note) and the caller's other actions beside it. Bookmarks and reading-list items use it.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

export function NoteForm({
  saved,
  label,
  placeholder,
  saveLabel,
  busy,
  onSave,
  className,
  actionsClassName,
  testId,
  children,
}: {
  saved: string;
  /** Read by screen readers only: the form shows no visible label. */
  label: string;
  placeholder: string;
  saveLabel: string;
  busy: boolean;
  onSave(note: string): void;
  className: string;
  actionsClassName: string;
  testId: string;
  children: ReactNode;
}) {
  const noteId = useId();
  const [note, setNote] = useState(saved);
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(note);
      }}
    >
      <label htmlFor={noteId} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={noteId}
        value={note}
        rows={note.split('\n').length > 2 ? 4 : 2}
        maxLength={10000}
        placeholder={placeholder}
        onChange={(event) => setNote(event.target.value)}
        data-testid={testId}
      />
      <div className={actionsClassName}>
        <button type="submit" className="button button--small" disabled={busy || note === saved}>
          {saveLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
