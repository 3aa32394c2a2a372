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

/**
 * An error from the API, shown where the content would have been; never a crash. When the server
 * could not be reached (the laptop serving the classroom stopped), the reader is told so in their
 * own language, with a way to try again once it is back. When it asks for the room code (it was
 * served again with a new one), the reader is told so, with the way to the page that takes it.
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
  const heading = error.unreachable
    ? t('errors.unreachable')
    : (title ?? (error.code === 'not-found' ? t('errors.notFound') : t('errors.failed')));
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-notice"
      data-error-code={error.code}
    >
      <p className="notice__title">{heading}</p>
      <p>{error.unreachable ? t('errors.unreachableHelp') : error.message}</p>
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
