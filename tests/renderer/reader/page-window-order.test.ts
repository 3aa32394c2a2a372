import { describe, expect, it } from 'vitest';
import { windowOrder } from '#renderer/reader/use-page-texts.ts';

describe('windowOrder', () => {
  it('fetches a short document in one window', () => {
    expect(windowOrder(0, 1)).toEqual([0]);
    expect(windowOrder(200, 150)).toEqual([0]);
  });

  it('fetches the window of the page in view first, then those nearest to it, earlier first', () => {
    expect(windowOrder(2000, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(windowOrder(2000, 1500)).toEqual([7, 6, 8, 5, 9, 4, 3, 2, 1, 0]);
    expect(windowOrder(450, 430)).toEqual([2, 1, 0]);
  });

  it('takes a page past the end as the last window', () => {
    expect(windowOrder(450, 9999)).toEqual([2, 1, 0]);
  });
});
