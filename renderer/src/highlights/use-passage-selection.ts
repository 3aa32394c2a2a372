// Follows the selection in a reader: the passage selected in its page text, kept while the
// highlight toolbar has the focus (typing a note there ends the selection on the page). A passage
// being selected with the mouse is offered once the button is released, so that the toolbar never
// appears under a pointer that is still selecting.
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
    let selecting = false;
    const follow = () => {
      const toolbar = toolbarRef.current;
      if (toolbar?.contains(document.activeElement)) return;
      const next = selecting ? NONE : selectedPassage(document.getSelection(), host, rootSelector);
      setOutcome((previous) =>
        next.kind === 'none' && previous.kind === 'none' ? previous : next,
      );
    };
    const press = (event: Event) => {
      if (!(event instanceof PointerEvent) || event.pointerType !== 'mouse' || event.button !== 0)
        return;
      const inToolbar = event.target instanceof Node && toolbarRef.current?.contains(event.target);
      if (!inToolbar) selecting = true;
    };
    const release = () => {
      if (!selecting) return;
      selecting = false;
      follow();
    };
    host.addEventListener('pointerdown', press);
    document.addEventListener('pointerup', release);
    document.addEventListener('pointercancel', release);
    document.addEventListener('selectionchange', follow);
    return () => {
      host.removeEventListener('pointerdown', press);
      document.removeEventListener('pointerup', release);
      document.removeEventListener('pointercancel', release);
      document.removeEventListener('selectionchange', follow);
    };
  }, [host, rootSelector]);

  const clear = useCallback(() => {
    setOutcome(NONE);
    document.getSelection()?.removeAllRanges();
  }, []);

  return { outcome, toolbarRef, clear };
}
