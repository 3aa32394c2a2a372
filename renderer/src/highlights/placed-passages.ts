// Where a page's highlights are on screen: each quote found again in the page's text and turned
// into boxes relative to an origin element, or listed as not found when the text no longer has it.
import type { Highlight } from '#shared/highlights.ts';
import { rangeOf, readPageText } from './page-text.ts';
import { collapseWhitespace, locateQuote, originalSpan } from './text-quote.ts';

export interface PlacedPassage {
  highlight: Highlight;
  boxes: { top: number; left: number; width: number; height: number }[];
}

export interface Placement {
  placed: PlacedPassage[];
  /** Highlights whose page is shown but whose quote its text no longer has. */
  missing: Highlight[];
}

export function placePassages(
  highlights: readonly Highlight[],
  rootFor: (page: number) => Element | null,
  origin: Element,
): Placement {
  const placement: Placement = { placed: [], missing: [] };
  const pages = new Map<number, ReturnType<typeof readPageText> | null>();
  const at = origin.getBoundingClientRect();
  for (const highlight of highlights) {
    if (!pages.has(highlight.page)) {
      const root = rootFor(highlight.page);
      pages.set(highlight.page, root ? readPageText(root) : null);
    }
    const page = pages.get(highlight.page);
    if (!page) continue;
    const collapsed = collapseWhitespace(page.text);
    const found = locateQuote(collapsed.text, highlight);
    const span = found && originalSpan(collapsed, found.start, found.end);
    const range = span && rangeOf(page, span.start, span.end);
    if (!range) {
      placement.missing.push(highlight);
      continue;
    }
    const boxes = [...range.getClientRects()]
      .filter((r) => r.width > 0.5 && r.height > 0.5)
      .map((r) => ({
        top: r.top - at.top,
        left: r.left - at.left,
        width: r.width,
        height: r.height,
      }));
    placement.placed.push({ highlight, boxes });
  }
  return placement;
}
