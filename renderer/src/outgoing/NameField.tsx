// The publisher's name (a pack) or the maker's (a static copy): required, at most 200 characters,
// with the problem named next to the field.
import { useId } from 'react';

export const MAX_NAME = 200;

export function NameField({
  label,
  value,
  problem,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  problem: string | null;
  onChange(value: string): void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="form__row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={MAX_NAME}
        autoComplete="organization"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
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
