import { describe, expect, it } from 'vitest';
import { placeToolbar, TOOLBAR_GAP } from '#renderer/highlights/toolbar-placement.ts';

const WINDOW = { width: 1366, height: 768 };
/** The toolbar as drawn with its note, label and colours (taller than a guess of 150 pixels). */
const TOOLBAR = { width: 288, height: 166 };

const overlaps = (top: number, height: number, passage: { top: number; bottom: number }) =>
  top < passage.bottom && top + height > passage.top;

describe('placeToolbar', () => {
  it('goes below a passage that has room below it', () => {
    const passage = { top: 300, bottom: 312, left: 466, right: 1138 };
    expect(placeToolbar(passage, TOOLBAR, WINDOW)).toEqual({
      top: 312 + TOOLBAR_GAP,
      left: 466,
    });
  });

  it('goes above a line near the bottom of the window without covering it', () => {
    // The footer line of the Lao summary's first page, as the reader shows it at 1366×768.
    const passage = { top: 710, bottom: 720.5, left: 466.5, right: 751.4 };
    const { top } = placeToolbar(passage, TOOLBAR, WINDOW);
    expect(top + TOOLBAR.height).toBeLessThanOrEqual(passage.top - TOOLBAR_GAP);
    expect(overlaps(top, TOOLBAR.height, passage)).toBe(false);
  });

  it('never covers the passage wherever it lies, when there is room above or below', () => {
    for (let at = 0; at <= WINDOW.height - 12; at += 7) {
      for (const height of [120, 166, 240]) {
        const passage = { top: at, bottom: at + 12, left: 100, right: 400 };
        const { top } = placeToolbar(passage, { width: 288, height }, WINDOW);
        const room = Math.max(passage.top, WINDOW.height - passage.bottom);
        if (room >= height + 2 * TOOLBAR_GAP)
          expect(overlaps(top, height, passage), `a passage at ${at}, toolbar ${height}`).toBe(
            false,
          );
      }
    }
  });

  it('stays on screen for a passage scrolled out of view and one at the right edge', () => {
    const offBelow = placeToolbar(
      { top: 900, bottom: 912, left: 1300, right: 1360 },
      TOOLBAR,
      WINDOW,
    );
    expect(offBelow.top).toBeGreaterThanOrEqual(TOOLBAR_GAP);
    expect(offBelow.top + TOOLBAR.height).toBeLessThanOrEqual(WINDOW.height - TOOLBAR_GAP);
    expect(offBelow.left + TOOLBAR.width).toBeLessThanOrEqual(WINDOW.width - TOOLBAR_GAP);
    const offAbove = placeToolbar({ top: -200, bottom: -188, left: 0, right: 50 }, TOOLBAR, WINDOW);
    expect(offAbove).toEqual({ top: TOOLBAR_GAP, left: TOOLBAR_GAP });
  });
});
