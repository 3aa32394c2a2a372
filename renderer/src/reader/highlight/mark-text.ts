// Highlights term matches in rendered text (the pdf.js text layer, a rendered Markdown or HTML
// document) by wrapping them in <mark> elements, without touching any markup but text nodes.
import type { Highlighter } from './highlighter.ts';

export const MARK_CLASS = 'hl';
/** Added to the marks of a term found only inside a longer word. */
export const INSIDE_CLASS = 'hl--inside';

/** The text nodes under a root, in document order. */
export function textNodesUnder(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    nodes.push(node as Text);
  return nodes;
}

interface Piece {
  node: Text;
  nodeIndex: number;
  start: number;
  end: number;
  match: number;
  whole: boolean;
}

/**
 * Wraps every match of the highlighter across the nodes (joined by the separator, so matches can
 * run from one node into the next). Returns the marks of each match, in document order.
 */
export function markMatches(
  nodes: Text[],
  highlighter: Highlighter,
  className: string,
  separator = ' ',
): HTMLElement[][] {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    if (text !== '') text += separator;
    starts.push(text.length);
    text += node.data;
  }
  const ranges = highlighter(text);
  if (ranges.length === 0) return [];

  const pieces: Piece[] = [];
  ranges.forEach((range, match) => {
    nodes.forEach((node, i) => {
      const from = Math.max(range.start, starts[i]!) - starts[i]!;
      const to = Math.min(range.end, starts[i]! + node.data.length) - starts[i]!;
      if (to > from)
        pieces.push({ node, nodeIndex: i, start: from, end: to, match, whole: range.whole });
    });
  });

  const marks: HTMLElement[][] = ranges.map(() => []);
  // Split from the end of each node backwards, so earlier offsets stay valid.
  for (const piece of pieces.sort((a, b) => a.nodeIndex - b.nodeIndex || b.start - a.start)) {
    const document = piece.node.ownerDocument;
    const target = piece.start > 0 ? piece.node.splitText(piece.start) : piece.node;
    if (piece.end - piece.start < target.data.length) target.splitText(piece.end - piece.start);
    const mark = document.createElement('mark');
    mark.className = `${MARK_CLASS} ${className}${piece.whole ? '' : ` ${INSIDE_CLASS}`}`;
    target.replaceWith(mark);
    mark.append(target);
    marks[piece.match]!.unshift(mark);
  }
  return marks.map((list) =>
    list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)),
  );
}

/** Removes every highlight mark under the root, leaving its text as it was. */
export function clearMarks(root: Element): void {
  const marks = root.querySelectorAll(`mark.${MARK_CLASS}`);
  if (marks.length === 0) return;
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  root.normalize();
}
