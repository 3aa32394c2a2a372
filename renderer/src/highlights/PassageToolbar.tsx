// The small toolbar beside a selected passage: an optional note and one button per colour, each
// of which highlights the passage in it. Escape closes it; the reader's "Highlight selection"
// button brings the focus here for those who select with the keyboard.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { HIGHLIGHT_COLOURS, MAX_QUOTE_LENGTH } from '#shared/highlights.ts';
import type { HighlightColour } from '#shared/highlights.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import type { SelectionOutcome } from './selected-passage.ts';
import { COLOUR_NAME_KEYS } from './colour-names.ts';
import { placeToolbar } from './toolbar-placement.ts';

interface Props {
  outcome: SelectionOutcome;
  toolbarRef: RefObject<HTMLDivElement | null>;
  /** Changes when the focus should move here. */
  focusRequest: number;
  onHighlight(colour: HighlightColour, note: string): Promise<ApiError | null>;
  onClose(): void;
}

export function PassageToolbar({ outcome, toolbarRef, focusRequest, onHighlight, onClose }: Props) {
  const { t } = useTranslation();
  const noteId = useId();
  const note = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // Brought here by the reader's button, the focus goes back to it once the toolbar closes.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    note.current?.focus();
  }, [focusRequest]);
  // Closed from here (saved, Escape, ×) rather than by a click elsewhere, which keeps its focus.
  const closedHere = useRef(false);
  const open = outcome.kind !== 'none';
  useEffect(() => {
    if (open) return;
    if (closedHere.current) returnTo.current?.focus();
    closedHere.current = false;
    returnTo.current = null;
  }, [open]);
  const close = () => {
    closedHere.current = true;
    onClose();
  };

  // A message (the passage is too long) has no passage to stay beside: it goes to the top.
  const { top, bottom, left, right } =
    outcome.kind === 'passage' ? outcome.passage.box : { top: 0, bottom: 0, left: 0, right: 0 };
  // Placed by its size as drawn (which the note, a message or an error change) before it is seen.
  useLayoutEffect(() => {
    const element = toolbarRef.current;
    if (!open || element === null) return;
    const place = () => {
      const at = placeToolbar(
        { top, bottom, left, right },
        { width: element.offsetWidth, height: element.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      );
      element.style.top = `${at.top}px`;
      element.style.left = `${at.left}px`;
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(element);
    return () => resized.disconnect();
  }, [toolbarRef, open, top, bottom, left, right]);

  if (outcome.kind === 'none') return null;

  const highlight = async (colour: HighlightColour) => {
    setBusy(true);
    closedHere.current = true;
    const failed = await onHighlight(colour, note.current?.value ?? '');
    if (failed) closedHere.current = false;
    setBusy(false);
    setError(failed);
  };

  return (
    <div
      ref={toolbarRef}
      className="passage-toolbar"
      role="group"
      aria-label={t('highlights.toolbar')}
      data-testid="passage-toolbar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      {outcome.kind === 'too-long' ? (
        <p className="passage-toolbar__message" role="status">
          {t('highlights.tooLong', { count: MAX_QUOTE_LENGTH })}
        </p>
      ) : (
        <>
          <label htmlFor={noteId} className="passage-toolbar__label">
            {t('highlights.note')}
          </label>
          <textarea
            ref={note}
            id={noteId}
            className="passage-toolbar__note"
            rows={2}
            maxLength={10_000}
            data-testid="passage-note"
          />
          <div className="passage-toolbar__colours">
            {HIGHLIGHT_COLOURS.map((colour) => (
              <button
                key={colour}
                type="button"
                className={`passage-swatch passage-swatch--${colour}`}
                // Pressing keeps the selection on the page in view while the passage is saved.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void highlight(colour)}
                disabled={busy}
                aria-label={t('highlights.highlightIn', {
                  colour: t(COLOUR_NAME_KEYS[colour]),
                })}
                title={t(COLOUR_NAME_KEYS[colour])}
                data-testid={`highlight-${colour}`}
              />
            ))}
          </div>
        </>
      )}
      <button
        type="button"
        className="icon-button passage-toolbar__close"
        onMouseDown={(event) => event.preventDefault()}
        onClick={close}
        aria-label={t('highlights.close')}
      >
        <span aria-hidden="true">×</span>
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
