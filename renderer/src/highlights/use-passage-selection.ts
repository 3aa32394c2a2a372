// Follows the selection in a reader: the passage selected in its page text, kept while the
// highlight toolbar has the focus (typing a note there ends the selection on the page).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { selectedPassage } from './selected-passage.ts';
import type { SelectionOutcome } from './selected-passage.ts';

export interface PassageSelection {
  outcome: SelectionOutcome;
  /** The toolbar's element: while the focus is in it, the passage stays. */
  toolbarRef: RefObject<HTMLDivElement | null>;
  /** Forgets the passage and ends the selection on the page. */
  clear(): void;
}

const NONE: SelectionOutcome = { kind: 'none' };

export function usePassageSelection(host: Element | null, rootSelector: string): PassageSelection {
  const [outcome, setOutcome] = useState<SelectionOutcome>(NONE);
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (host === null) return;
    const follow = () => {
      const toolbar = toolbarRef.current;
      if (toolbar?.contains(document.activeElement)) return;
      const next = selectedPassage(document.getSelection(), host, rootSelector);
      setOutcome((previous) =>
        next.kind === 'none' && previous.kind === 'none' ? previous : next,
      );
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [host, rootSelector]);

  const clear = useCallback(() => {
    setOutcome(NONE);
    document.getSelection()?.removeAllRanges();
  }, []);

  return { outcome, toolbarRef, clear };
}
