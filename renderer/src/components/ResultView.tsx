// Renders a loaded Result: a spinner while null, the error if it failed, the content otherwise.
import type { ReactNode } from 'react';
import type { Result } from '#shared/api.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

export function ResultView<T>({
  result,
  children,
  onRetry,
}: {
  result: Result<T> | null;
  children: (value: T) => ReactNode;
  /** Offered when the server could not be reached: asks for the same answer again. */
  onRetry?: () => void;
}) {
  if (result === null) return <Loading />;
  if (!result.ok)
    return (
      <ErrorNotice error={result.error} onRetry={result.error.unreachable ? onRetry : undefined} />
    );
  return <>{children(result.value)}</>;
}
