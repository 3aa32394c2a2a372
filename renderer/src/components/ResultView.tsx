// Renders a loaded Result: a spinner while null, the error if it failed, the content otherwise.
import type { ReactNode } from 'react';
import type { ApiError, Result } from '#shared/api.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

/** A request worth making again: the server was out of reach, or failed on its side. */
export const retryable = (error: ApiError) => error.unreachable === true || error.code === 'failed';

export function ResultView<T>({
  result,
  children,
  onRetry,
  failedTitle,
}: {
  result: Result<T> | null;
  children: (value: T) => ReactNode;
  /** Offered when the request may answer if made again: asks for the same answer again. */
  onRetry?: () => void;
  /** What could not be loaded, said in the reader's language. */
  failedTitle?: string;
}) {
  if (result === null) return <Loading />;
  if (!result.ok)
    return (
      <ErrorNotice
        error={result.error}
        title={failedTitle}
        onRetry={retryable(result.error) ? onRetry : undefined}
      />
    );
  return <>{children(result.value)}</>;
}
