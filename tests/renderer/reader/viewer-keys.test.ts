import { describe, expect, it } from 'vitest';
import { viewerKeyAction, type ViewerKeyTargets } from '#renderer/reader/viewer-keys.ts';

function targets() {
  const done: string[] = [];
  const at: ViewerKeyTargets = {
    current: 3,
    pages: 7,
    goTo: (page) => done.push(`page ${page}`),
    zoomBy: (direction) => done.push(direction > 0 ? 'zoom in' : 'zoom out'),
  };
  return { at, done };
}

describe('the page viewer keys', () => {
  it('turn pages, go to the ends and zoom', () => {
    const { at, done } = targets();
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', '+', '=', '-'])
      viewerKeyAction(key, at)!();
    expect(done).toEqual([
      'page 2',
      'page 4',
      'page 1',
      'page 7',
      'zoom in',
      'zoom in',
      'zoom out',
    ]);
  });

  it('leave every other key to the browser', () => {
    const { at } = targets();
    for (const key of ['a', 'Enter', ' ', 'PageDown', 'toString', 'constructor'])
      expect(viewerKeyAction(key, at), key).toBeNull();
  });
});
