// Renders a loaded Result: a spinner while null, the error if it failed, the content otherwise.
import type { ReactNode } from 'react';
import type { Result } from '#shared/api.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

export function ResultView<T>({
  result,
  children,
}: {
  result: Result<T> | null;
  children: (value: T) => ReactNode;
}) {
  if (result === null) return <Loading />;
  if (!result.ok) return <ErrorNotice error={result.error} />;
  return <>{children(result.value)}</>;
}
