// The passage selected in a reader: on which page, described as a quote of that page's text, and
// where it is on screen (for the toolbar beside it). A selection that runs from one page into
// another, or out of the page text, is no passage.
import type { TextQuote } from '#shared/highlights.ts';
import { offsetAt, readPageText } from './page-text.ts';
import { collapsedOffset, collapseWhitespace, describeQuote } from './text-quote.ts';

export interface SelectedPassage {
  page: number;
  quote: TextQuote;
  /** The selection's box on screen when it was made. */
  box: { top: number; bottom: number; left: number; right: number };
}

export type SelectionOutcome =
  { kind: 'none' } | { kind: 'too-long' } | { kind: 'passage'; passage: SelectedPassage };

/** The page a root of page text belongs to: its data-page-number, or 1 for a single page. */
export function pageOfRoot(root: Element): number {
  const page = Number(root.closest<HTMLElement>('[data-page-number]')?.dataset.pageNumber);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function selectedPassage(
  selection: Selection | null,
  host: Element,
  rootSelector: string,
): SelectionOutcome {
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0)
    return { kind: 'none' };
  const range = selection.getRangeAt(0);
  const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const root = elementOf(range.startContainer)?.closest(rootSelector);
  if (!root || !host.contains(root) || !root.contains(range.endContainer)) return { kind: 'none' };

  const page = readPageText(root);
  const collapsed = collapseWhitespace(page.text);
  const start = collapsedOffset(collapsed, offsetAt(page, range.startContainer, range.startOffset));
  const end = collapsedOffset(collapsed, offsetAt(page, range.endContainer, range.endOffset));
  const described = describeQuote(collapsed.text, start, end);
  if (!described.ok)
    return described.reason === 'too-long' ? { kind: 'too-long' } : { kind: 'none' };
  const rect = range.getBoundingClientRect();
  return {
    kind: 'passage',
    passage: {
      page: pageOfRoot(root),
      quote: described.quote,
      box: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
    },
  };
}
