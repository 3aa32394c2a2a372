// A page's text as the reader shows it (the pdf.js text layer, a rendered Markdown or HTML
// document, a page of plain text), with the way back from an offset in that text to the text
// nodes, so that a selection can be described by offsets and a quote found again as a DOM range.
// A line break or the edge of a block counts as a space, so that words on two lines stay apart.

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

export interface PageText {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export function readPageText(root: Element): PageText {
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let apart = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.nodeName === 'BR' || BLOCKS.has(node.nodeName)) apart = true;
      continue;
    }
    const data = (node as Text).data;
    if (data === '') continue;
    if (apart && text !== '') text += ' ';
    apart = false;
    nodes.push(node as Text);
    starts.push(text.length);
    text += data;
  }
  return { text, nodes, starts };
}

/** The offset in the page text of a boundary point (a selection's start or end). */
export function offsetAt(page: PageText, container: Node, offset: number): number {
  const index = page.nodes.indexOf(container as Text);
  if (index >= 0) return page.starts[index]! + offset;
  const child = container.childNodes[offset] ?? null;
  const next = page.nodes.findIndex((node) =>
    child === null
      ? !container.contains(node) &&
        (container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      : child === node ||
        child.contains(node) ||
        (child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  return next < 0 ? page.text.length : page.starts[next]!;
}

/** A DOM range over the page text from start to end (end excluded). */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  const ends = page.nodes.map((node, i) => page.starts[i]! + node.data.length);
  const first = ends.findIndex((nodeEnd) => nodeEnd > start);
  const last = ends.findIndex((nodeEnd) => nodeEnd >= end);
  if (first < 0 || last < 0) return null;
  const range = page.nodes[first]!.ownerDocument.createRange();
  range.setStart(page.nodes[first]!, Math.max(0, start - page.starts[first]!));
  range.setEnd(page.nodes[last]!, Math.max(0, end - page.starts[last]!));
  return range;
}
