import { describe, expect, it } from 'vitest';
import { moveItem } from '#renderer/reading-lists/move-item.ts';

describe('moveItem', () => {
  it('moves an item one place up or down', () => {
    expect(moveItem([4, 7, 9], 7, -1)).toEqual([7, 4, 9]);
    expect(moveItem([4, 7, 9], 7, 1)).toEqual([4, 9, 7]);
  });

  it('gives null past either end or for an item not in the list', () => {
    expect(moveItem([4, 7, 9], 4, -1)).toBeNull();
    expect(moveItem([4, 7, 9], 9, 1)).toBeNull();
    expect(moveItem([4, 7, 9], 5, 1)).toBeNull();
  });
});
