// One highlighted passage: its colour, the quote, where it is, its note (editable), and buttons to
// change its colour or delete it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, HighlightChange } from '#shared/api.ts';
import { HIGHLIGHT_COLOURS } from '#shared/highlights.ts';
import type { Highlight, HighlightColour } from '#shared/highlights.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NoteForm } from '../components/NoteForm.tsx';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { href } from '../router/routes.ts';
import { COLOUR_NAME_KEYS } from './colour-names.ts';

export function HighlightEditor({
  highlight,
  onUpdate,
  onDelete,
  onOpenPage,
  pageLabels = null,
}: {
  highlight: Highlight;
  /** The document's printed page labels, where the highlight's own document is known. */
  pageLabels?: readonly (string | null)[] | null;
  onUpdate(change: HighlightChange): Promise<ApiError | null>;
  onDelete(id: number): Promise<ApiError | null>;
  /** Opens a page in the reader on screen instead of following the link. */
  onOpenPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const announce = useAnnounce();
  const colourId = useId();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { page } = highlight;
  const where = t('highlights.page', { page: pageLabels?.[page - 1] ?? page });

  const run = async (work: () => Promise<ApiError | null>, done: string) => {
    setBusy(true);
    const failed = await work();
    setBusy(false);
    setError(failed);
    if (!failed) announce(done);
  };

  return (
    <div
      className={`passage passage--${highlight.colour}`}
      data-testid="highlight-item"
      data-page={page}
      data-colour={highlight.colour}
    >
      <div className="passage__head">
        {onOpenPage ? (
          <button type="button" className="link-button" onClick={() => onOpenPage(page)}>
            {where}
          </button>
        ) : (
          <a href={href.document(highlight.documentId, page)}>{where}</a>
        )}
        <span className="visually-hidden">{t(COLOUR_NAME_KEYS[highlight.colour])}</span>
        <span className="muted">
          {t('bookmarks.updated', { date: format.moment(highlight.updatedAt) })}
        </span>
      </div>
      <blockquote className="passage__quote" data-testid="highlight-quote">
        {highlight.exact}
      </blockquote>
      <NoteForm
        saved={highlight.note}
        label={t('highlights.noteFor', { page })}
        placeholder={t('highlights.notePlaceholder')}
        saveLabel={t('highlights.saveNote')}
        busy={busy}
        onSave={(note) =>
          void run(() => onUpdate({ id: highlight.id, note }), t('highlights.noteSaved'))
        }
        className="bookmark__form"
        actionsClassName="bookmark__actions passage__actions"
        testId="highlight-note"
      >
        <label htmlFor={colourId} className="visually-hidden">
          {t('highlights.colourFor', { page })}
        </label>
        <select
          id={colourId}
          value={highlight.colour}
          disabled={busy}
          onChange={(event) => {
            const colour = event.target.value as HighlightColour;
            void run(
              () => onUpdate({ id: highlight.id, colour }),
              t('highlights.colourChanged', { colour: t(COLOUR_NAME_KEYS[colour]) }),
            );
          }}
        >
          {HIGHLIGHT_COLOURS.map((colour) => (
            <option key={colour} value={colour}>
              {t(COLOUR_NAME_KEYS[colour])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void run(() => onDelete(highlight.id), t('highlights.deleted'))}
          aria-label={t('highlights.deleteLabel', { page })}
        >
          {t('highlights.delete')}
        </button>
      </NoteForm>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
