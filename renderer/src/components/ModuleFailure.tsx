// A part of the interface whose code could not be fetched: the server that sent the page has
// stopped or left the network. Said in the reader's language, with a way to try again.
import { ErrorNotice } from './ErrorNotice.tsx';

export function ModuleFailure({ retry }: { retry(): void }) {
  return (
    <ErrorNotice
      error={{ code: 'failed', message: 'The interface could not be loaded.', unreachable: true }}
      onRetry={retry}
    />
  );
}
