// Where the passage toolbar goes: below the passage, or above it when there is no room below,
// placed by the toolbar's real size so that it never covers the passage. A toolbar over the
// passage would lie under the pointer that is still selecting it, and the selection would run
// out of the page text into the toolbar.

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The space kept between the toolbar, the passage and the edges of the window. */
export const TOOLBAR_GAP = 8;

export function placeToolbar(
  passage: Box,
  toolbar: Size,
  viewport: Size,
): { top: number; left: number } {
  const below = passage.bottom + TOOLBAR_GAP;
  const above = passage.top - TOOLBAR_GAP - toolbar.height;
  const fitsBelow = below + toolbar.height + TOOLBAR_GAP <= viewport.height;
  const fitsAbove = above >= TOOLBAR_GAP;
  const roomBelow = viewport.height - passage.bottom;
  const top = fitsBelow || (!fitsAbove && roomBelow >= passage.top) ? below : above;
  // Always on screen, even for a passage scrolled out of view.
  const within = (at: number, room: number, size: number) =>
    Math.max(TOOLBAR_GAP, Math.min(at, room - size - TOOLBAR_GAP));
  return {
    top: within(top, viewport.height, toolbar.height),
    left: within(passage.left, viewport.width, toolbar.width),
  };
}
