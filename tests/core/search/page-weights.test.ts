import { describe, expect, it } from 'vitest';
import { presenceWeights } from '#core/search/page-weights.ts';

const lengths = (entries: [number, number][]) => new Map(entries);

describe('page weights from the terms a page holds and its length', () => {
  it('weighs a page holding a term few pages hold above pages holding only a term all hold', () => {
    const pages = [1, 2, 3, 4];
    const everywhere = new Set(pages);
    const rare = new Set([3]);
    const weights = presenceWeights(pages, [everywhere, rare], lengths(pages.map((p) => [p, 100])));
    expect(weights.get(3)).toBeGreaterThan(weights.get(1)!);
    expect(weights.get(1)).toBe(weights.get(2));
  });

  it('weighs the shorter of two pages holding the same terms higher', () => {
    const pages = [1, 2];
    const weights = presenceWeights(
      pages,
      [new Set(pages)],
      lengths([
        [1, 4000],
        [2, 500],
      ]),
    );
    expect(weights.get(2)).toBeGreaterThan(weights.get(1)!);
  });

  it('gives every page the weight 0 when no term ranks, and counts a page of unknown length as of mean length', () => {
    expect([...presenceWeights([1, 2], [], lengths([[1, 10]])).values()]).toEqual([0, 0]);
    const weights = presenceWeights(
      [1, 2, 3],
      [new Set([1, 2, 3])],
      lengths([
        [1, 100],
        [2, 300],
      ]),
    );
    expect(weights.get(1)).toBeGreaterThan(weights.get(3)!);
    expect(weights.get(3)).toBeGreaterThan(weights.get(2)!);
  });
});
