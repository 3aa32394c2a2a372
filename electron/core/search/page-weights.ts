// How well each page of the documents shown answers the query, from what the pages of those
// documents alone tell: which of the query's terms each page holds and how long it is. bm25 would
// count every term over the whole page index first (FTS5 reads every page holding it to weigh it),
// which at a million pages costs far more than finding the few pages shown.

/** BM25's usual constants: how soon a term's weight saturates, and how much length counts. */
const K1 = 1.2;
const B = 0.75;

/**
 * Each page's weight (higher is better): each term it holds counts once, weighed by how few of the
 * `pages` hold it (a term in every page tells them apart least), and a page counts less the longer
 * it is than the pages' mean, as in BM25 with every term found once. `holding` lists, for each
 * term, the pages that hold it; `length` gives each page's length (pages without one count as of
 * mean length).
 */
export function presenceWeights(
  pages: readonly number[],
  holding: readonly ReadonlySet<number>[],
  length: ReadonlyMap<number, number>,
): Map<number, number> {
  const total = pages.length;
  const idf = holding.map((set) => {
    let n = 0;
    for (const page of pages) if (set.has(page)) n += 1;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  });
  const known = pages.map((p) => length.get(p)).filter((l): l is number => l !== undefined);
  const mean =
    known.length === 0 ? 1 : Math.max(1, known.reduce((a, b) => a + b, 0) / known.length);
  const weights = new Map<number, number>();
  for (const page of pages) {
    const relative = (length.get(page) ?? mean) / mean;
    const norm = (K1 + 1) / (1 + K1 * (1 - B + B * relative));
    let sum = 0;
    holding.forEach((set, i) => {
      if (set.has(page)) sum += idf[i]!;
    });
    weights.set(page, sum * norm);
  }
  return weights;
}
