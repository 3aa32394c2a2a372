// The keys of the page viewer, the same in every reader that shows pages one at a time: the
// arrows turn the page, Home and End go to the first and the last, + (or =) and - zoom.
import type { KeyboardEvent } from 'react';

export interface ViewerKeyTargets {
  current: number;
  pages: number;
  goTo(page: number): void;
  /** Zooms one step in (1) or out (-1). */
  zoomBy(direction: 1 | -1): void;
}

/** What a key does in the viewer, or null for a key it leaves to the browser. */
export function viewerKeyAction(key: string, targets: ViewerKeyTargets): (() => void) | null {
  const { current, pages, goTo, zoomBy } = targets;
  const actions: Record<string, () => void> = {
    ArrowLeft: () => goTo(current - 1),
    ArrowRight: () => goTo(current + 1),
    Home: () => goTo(1),
    End: () => goTo(pages),
    '+': () => zoomBy(1),
    '=': () => zoomBy(1),
    '-': () => zoomBy(-1),
  };
  return Object.hasOwn(actions, key) ? actions[key]! : null;
}

/** The viewer's key handler: a key typed in a box, or with Ctrl, Alt or Cmd, is not its own. */
export function onViewerKeyDown(event: KeyboardEvent<HTMLElement>, targets: ViewerKeyTargets) {
  if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
    return;
  const action = viewerKeyAction(event.key, targets);
  if (action) {
    event.preventDefault();
    action();
  }
}
