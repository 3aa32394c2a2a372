// The one search box, in the header of every screen. Typing searches at once: from another
// screen the first keystroke opens the results, and later ones refine them in place (replacing
// the history entry, so Back leaves the search instead of undoing letters). While typing, the
// last word is unfinished and matches as a prefix; Enter searches the exact words.
import { useEffect, useId, useRef } from 'react';
import type { ChangeEvent, KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router/navigation.ts';
import { EMPTY_SEARCH } from '../router/routes.ts';
import type { Route } from '../router/routes.ts';
import { endTyping, startTyping } from '../search/typing-query.ts';

export const SEARCH_INPUT_ID = 'search-input';

/** Moves focus to the first result link, if results are showing. */
function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLElement>('[data-result-link]');
  first?.focus();
  return first !== null;
}

export function SearchBox({
  route,
  inputRef,
}: {
  route: Route;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const routeQuery =
    route.name === 'search' ? route.params.query : route.name === 'home' ? '' : null;

  // The address is the source of truth. The box follows it, except while the address follows
  // the box (the user typing); Back or a link changes it even when the box has focus.
  const typed = useRef<string | null>(null);
  useEffect(() => {
    const input = inputRef.current;
    if (input === null || routeQuery === null || input.value === routeQuery) return;
    if (document.activeElement !== input || routeQuery !== typed.current) input.value = routeQuery;
  }, [routeQuery, inputRef]);

  const search = (query: string) => {
    typed.current = query;
    if (route.name === 'search') {
      navigate({ name: 'search', params: { ...route.params, query, page: 1 } }, { replace: true });
    } else {
      navigate({ name: 'search', params: { ...EMPTY_SEARCH, query } });
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    startTyping(event.target.value);
    search(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && focusFirstResult()) {
      event.preventDefault();
    } else if (event.key === 'Escape' && event.currentTarget.value !== '') {
      // Clearing the box searches again only on the results screen; elsewhere it just empties it.
      event.preventDefault();
      event.currentTarget.value = '';
      if (route.name === 'search') search('');
    }
  };

  return (
    <form
      role="search"
      aria-label={t('search.formLabel')}
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const query = inputRef.current?.value ?? '';
        endTyping();
        if (route.name !== 'search') search(query);
        else focusFirstResult();
      }}
    >
      <span className="search-box__icon" aria-hidden="true" />
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        className="search-box__input"
        type="search"
        name="q"
        defaultValue={routeQuery ?? ''}
        placeholder={t('search.placeholder')}
        aria-label={t('search.inputLabel')}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={1000}
        onChange={onChange}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <kbd className="search-box__hint" id={hintId} aria-label={t('search.shortcutHint')}>
        /
      </kbd>
    </form>
  );
}
