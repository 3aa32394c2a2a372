// The reader's page controls: previous, the page box (a page number, or a printed label where the
// document has them) and next.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer.tsx';
import { pageBoxText, pageOfEntry } from '../pdf/page-labels.ts';

export interface PageNavigationProps {
  current: number;
  /** The document's pages; 0 while it opens. */
  count: number;
  /** The pages' printed labels, when worth showing (page-labels.ts); null otherwise. */
  labels: readonly (string | null)[] | null;
  goTo(page: number): void;
}

export function PageNavigation({ current, count, labels, goTo }: PageNavigationProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();

  // A printed label or a page number; anything else puts the page in view back in the box.
  const goToEntry = (input: HTMLInputElement) => {
    const target = pageOfEntry(input.value, labels, count);
    if (target !== null) {
      goTo(target);
      return;
    }
    if (input.value.trim() !== '') announce(t('reader.noSuchPage', { entry: input.value.trim() }));
    input.value = pageBoxText(current, labels);
  };

  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={() => goTo(current - 1)}
        disabled={!count || current <= 1}
        aria-label={t('reader.previousPage')}
        data-testid="previous-page"
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        {labels ? t('reader.pageLabelInputLabel') : t('reader.pageInputLabel')}
      </label>
      <input
        key={`${current} ${labels !== null}`}
        id={inputId}
        className="page-input"
        {...(labels
          ? { type: 'text', inputMode: 'text', spellCheck: false, autoComplete: 'off' }
          : { type: 'number', inputMode: 'numeric', min: 1, max: count || undefined })}
        defaultValue={pageBoxText(current, labels)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') goToEntry(event.currentTarget);
        }}
        onBlur={(event) => goToEntry(event.currentTarget)}
        data-testid="page-input"
        data-page={current}
      />
      <span className="page-total" data-testid="page-total">
        {labels
          ? t('reader.pagePosition', { page: current, count })
          : t('reader.ofPages', { count })}
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={() => goTo(current + 1)}
        disabled={!count || current >= count}
        aria-label={t('reader.nextPage')}
        data-testid="next-page"
      >
        <span aria-hidden="true">›</span>
      </button>
    </>
  );
}
