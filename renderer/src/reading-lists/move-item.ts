/** The list's item ids with one item moved by one place up (-1) or down (1); null at an end. */
export function moveItem(ids: readonly number[], itemId: number, by: -1 | 1): number[] | null {
  const from = ids.indexOf(itemId);
  const to = from + by;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  const moved = [...ids];
  moved.splice(from, 1);
  moved.splice(to, 0, itemId);
  return moved;
}
