// Browsing the copy: results narrowed by country, theme, organisation and type, the count of each
// value among the results the other choices leave, and the order results are shown in.
import type { CopyCatalog, CopyDocument } from '#shared/static-copy/copy-format.ts';
import type { Scores } from './copy-search.ts';

export const BROWSE_FACETS = ['country', 'theme', 'organisation', 'type'] as const;
export type BrowseFacet = (typeof BROWSE_FACETS)[number];
export type Browse = Partial<Record<BrowseFacet, string>>;

export function valuesOf(doc: CopyDocument, facet: BrowseFacet): string[] {
  switch (facet) {
    case 'country':
      return doc.countries;
    case 'theme':
      return doc.themes;
    case 'organisation':
      return doc.organisations;
    case 'type':
      return [doc.type];
  }
}

function passes(doc: CopyDocument, browse: Browse, except?: BrowseFacet): boolean {
  return BROWSE_FACETS.every((facet) => {
    const wanted = browse[facet];
    return facet === except || !wanted || valuesOf(doc, facet).includes(wanted);
  });
}

/** References of the documents to show, best first (the catalog's order when nothing is asked). */
export function orderedResults(
  catalog: CopyCatalog,
  scores: Scores | null,
  browse: Browse,
): number[] {
  const docs = catalog.documents;
  const refs = scores ? [...scores.keys()] : docs.map((_, ref) => ref);
  const shown = refs.filter((ref) => passes(docs[ref]!, browse));
  if (!scores) return shown;
  return shown.sort(
    (a, b) =>
      scores.get(b)! - scores.get(a)! ||
      (docs[b]!.year ?? -Infinity) - (docs[a]!.year ?? -Infinity) ||
      docs[a]!.title.localeCompare(docs[b]!.title),
  );
}

/** How many results each value of `facet` would leave, with the other choices kept. */
export function facetCounts(
  catalog: CopyCatalog,
  scores: Scores | null,
  browse: Browse,
  facet: BrowseFacet,
): Map<string, number> {
  const counts = new Map<string, number>();
  const refs = scores ? scores.keys() : catalog.documents.keys();
  for (const ref of refs) {
    const doc = catalog.documents[ref]!;
    if (!passes(doc, browse, facet)) continue;
    for (const value of valuesOf(doc, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
