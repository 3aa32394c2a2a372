// Ctrl+F (Cmd+F on a Mac) puts the cursor in the reader's own find bar rather than the browser's
// find, which sees neither the PDF's pages not yet drawn nor the reader's matches; the desktop
// menu's Find item sends the same through a window event.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { FIND_IN_DOCUMENT_EVENT } from '#shared/app-menu-strings.ts';

export function useFindShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const focusFind = () => {
      input.current?.focus();
      input.current?.select();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const commandF =
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'f';
      if (!commandF || input.current === null) return;
      event.preventDefault();
      focusFind();
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener(FIND_IN_DOCUMENT_EVENT, focusFind);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(FIND_IN_DOCUMENT_EVENT, focusFind);
    };
  }, [input]);
}
