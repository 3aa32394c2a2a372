import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
} from '#main/window-state.ts';
import type { WindowState } from '#main/window-state.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const projector = { x: 1366, y: 0, width: 1920, height: 1050 };
const state = (
  x: number,
  y: number,
  width: number,
  height: number,
  maximized = false,
): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    expect(parseWindowState(JSON.stringify(state(10, 20, 1000, 700, true)))).toEqual(
      state(10, 20, 1000, 700, true),
    );
  });

  it.each([
    null,
    '',
    'not json',
    '{}',
    '{"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}',
    '{"bounds":{"x":"0"},"maximized":false}',
    '[]',
  ])('ignores %s', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [projector])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(placeWindow(null, [laptop])).toEqual({
      bounds: { width: 1280, height: 728 },
      maximized: false,
    });
  });

  it('reopens where it was when that is still on a display', () => {
    expect(placeWindow(state(1500, 100, 1200, 800, true), [laptop, projector])).toEqual({
      bounds: { x: 1500, y: 100, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('moves back onto the display when it hangs over the edge, and shrinks to fit', () => {
    expect(placeWindow(state(1000, -50, 800, 600), [laptop])).toEqual({
      bounds: { x: 566, y: 0, width: 800, height: 600 },
      maximized: false,
    });
    expect(placeWindow(state(100, 100, 3000, 2000), [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      maximized: false,
    });
  });

  it('centres on the primary display when the display it was on is gone', () => {
    expect(placeWindow(state(1500, 100, 1200, 800, true), [laptop])).toEqual({
      bounds: { width: 1200, height: 728 },
      maximized: true,
    });
  });

  it('does not count a sliver at the edge as visible', () => {
    expect(placeWindow(state(1300, 100, 800, 600), [laptop]).bounds).toEqual({
      width: 800,
      height: 600,
    });
  });

  it('keeps the minimum size', () => {
    expect(placeWindow(state(10, 10, 200, 100), [laptop]).bounds).toEqual({
      x: 10,
      y: 10,
      width: 640,
      height: 480,
    });
  });
});

describe('the window state file', () => {
  it('round-trips, and a missing file means no state', async () => {
    const folder = tempFolderFor('window');
    const file = join(folder, 'window-state.json');
    expect(await readWindowState(file)).toBeNull();
    writeWindowState(file, state(1, 2, 900, 700));
    expect(await readWindowState(file)).toEqual(state(1, 2, 900, 700));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state(1, 2, 900, 700));
  });
});
