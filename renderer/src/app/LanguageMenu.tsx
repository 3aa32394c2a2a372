// The interface language, changeable from the header of every screen. A disclosure button opens a
// list of the languages, each named in its own script; arrow keys, Home and End move through
// the list, Enter chooses, Escape closes it and returns to the button. The choice applies at
// once and is remembered in this browser.
import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERFACE_LANGUAGES, languageName } from '../i18n/languages.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import { useChooseLanguage } from '../i18n/use-choose-language.ts';

function options(list: HTMLElement | null): HTMLButtonElement[] {
  return list ? [...list.querySelectorAll<HTMLButtonElement>('button[data-language]')] : [];
}

/** The option to focus for a key, or null when the key is not one the list answers. */
function optionForKey(key: string, all: HTMLButtonElement[], at: number): HTMLButtonElement | null {
  const last = all.length - 1;
  switch (key) {
    case 'ArrowDown':
      return all[at >= last ? 0 : at + 1] ?? null;
    case 'ArrowUp':
      return all[at <= 0 ? last : at - 1] ?? null;
    case 'Home':
      return all[0] ?? null;
    case 'End':
      return all[last] ?? null;
    default:
      return null;
  }
}

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useChooseLanguage();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = i18n.language;

  useEffect(() => {
    if (!open) return;
    const all = options(list.current);
    (all.find((option) => option.dataset.language === current) ?? all[0])?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, current]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (language: InterfaceLanguage) => {
    close();
    chooseLanguage(language);
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    const all = options(list.current);
    const next = optionForKey(
      event.key,
      all,
      all.findIndex((option) => option === document.activeElement),
    );
    if (next === null) return;
    event.preventDefault();
    next.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' && !open) {
      event.preventDefault();
      setOpen(true);
    }
  };

  // Tabbing out of the open list closes it, as leaving any disclosure should.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="language-menu" ref={container} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="language-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKeyDown}
        data-testid="language-menu"
      >
        <svg className="language-menu__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="8" />
          <ellipse cx="10" cy="10" rx="3.4" ry="8" />
          <path d="M2.5 7h15M2.5 13h15" />
        </svg>
        <span className="visually-hidden">{t('language.menu')}: </span>
        <span lang={current}>{languageName(current)}</span>
      </button>
      <ul
        ref={list}
        id={listId}
        className="language-menu__list"
        aria-label={t('language.menu')}
        hidden={!open}
        onKeyDown={onListKeyDown}
      >
        {INTERFACE_LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              lang={language.code}
              aria-current={language.code === current ? 'true' : undefined}
              onClick={() => choose(language.code)}
              data-language={language.code}
              data-testid="language-option"
            >
              {language.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
