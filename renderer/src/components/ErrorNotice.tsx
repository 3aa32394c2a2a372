import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';

/** The server's own page asks for the code, then opens the library again at its start. */
function RoomCodeNeeded() {
  const { t } = useTranslation();
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-notice"
      data-error-code="room-code-needed"
    >
      <p className="notice__title">{t('errors.roomCodeNeeded')}</p>
      <p>{t('errors.roomCodeNeededHelp')}</p>
      <a className="button" href="./">
        {t('errors.enterRoomCode')}
      </a>
    </div>
  );
}

/** Searches the library refused or stopped for what they would cost: said in the reader's language. */
const SEARCH_REFUSAL = {
  'query-too-broad': { title: 'errors.queryTooBroad', help: 'errors.queryTooBroadHelp' },
  'search-too-slow': { title: 'errors.searchTooSlow', help: 'errors.searchTooSlowHelp' },
  'too-many-searches': { title: 'errors.tooManySearches', help: 'errors.tooManySearchesHelp' },
} as const;

const refusalOf = (code: ApiError['code']) =>
  code in SEARCH_REFUSAL ? SEARCH_REFUSAL[code as keyof typeof SEARCH_REFUSAL] : null;

/**
 * An error from the API, shown where the content would have been; never a crash. When the server
 * could not be reached (the laptop serving the classroom stopped), the reader is told so in their
 * own language, with a way to try again once it is back. When it asks for the room code (it was
 * served again with a new one), the reader is told so, with the way to the page that takes it. A
 * search refused or stopped for its cost says so in the reader's language, with what to do.
 */
export function ErrorNotice({
  error,
  title,
  onRetry,
}: {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (error.code === 'room-code-needed') return <RoomCodeNeeded />;
  const refusal = refusalOf(error.code);
  const heading = error.unreachable
    ? t('errors.unreachable')
    : refusal
      ? t(refusal.title)
      : (title ?? (error.code === 'not-found' ? t('errors.notFound') : t('errors.failed')));
  const help = error.unreachable
    ? t('errors.unreachableHelp')
    : refusal
      ? t(refusal.help)
      : error.message;
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-notice"
      data-error-code={error.code}
    >
      <p className="notice__title">{heading}</p>
      <p>{help}</p>
      {onRetry && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onRetry}
          data-testid="retry"
        >
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
