import { describe, expect, it } from 'vitest';
import { scaleFor, zoomIn, zoomOut } from '#renderer/reader/zoom.ts';

describe('zoom', () => {
  it('fits the page to the viewer, within bounds', () => {
    expect(scaleFor('fit-width', 600, 932)).toBeCloseTo(1.5);
    expect(scaleFor('fit-width', 600, 0)).toBe(1);
    expect(scaleFor('fit-width', 600, 100)).toBe(0.25);
    // A phone's viewer: the page takes the whole width, not a margin's worth less.
    expect(scaleFor('fit-width', 595, 384)).toBeCloseTo(380 / 595);
    expect(scaleFor(1.25, 600, 932)).toBe(1.25);
  });

  it('steps to the next zoom level from wherever the page is', () => {
    expect(zoomIn(1.44)).toBe(1.5);
    expect(zoomOut(1.44)).toBe(1.25);
    expect(zoomIn(3)).toBe(3);
    expect(zoomOut(0.5)).toBe(0.5);
  });
});
