// The PDF's bookmarks as a tree of titles with 1-based page numbers.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutlineEntry } from '#shared/types.ts';
import { outlineTitles } from './outline-title.ts';

/** Bounds against hostile or broken outlines (cycles are cut by pdf.js; sheer size is not). */
const maxEntries = 5000;
const maxDepth = 12;

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

async function pageOfDestination(
  doc: PDFDocumentProxy,
  dest: OutlineNode['dest'],
): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (Number.isInteger(target)) return (target as number) + 1;
    if (target && typeof target === 'object')
      return (await doc.getPageIndex(target as { num: number; gen: number })) + 1;
  } catch {
    // A bookmark pointing nowhere still names a section; it just has no page.
  }
  return null;
}

/**
 * The outline, or an empty list when the PDF has none or it cannot be read. `pages` is the text of
 * each page, against which titles are repaired (see outline-title.ts).
 */
export async function readOutline(
  doc: PDFDocumentProxy,
  pages: readonly string[],
): Promise<OutlineEntry[]> {
  let roots: OutlineNode[];
  try {
    roots = ((await doc.getOutline()) ?? []) as OutlineNode[];
  } catch {
    return [];
  }
  let budget = maxEntries;
  const titleOf = outlineTitles(pages);
  const convert = async (nodes: OutlineNode[], depth: number): Promise<OutlineEntry[]> => {
    const entries: OutlineEntry[] = [];
    for (const node of nodes) {
      if (budget-- <= 0) break;
      const page = await pageOfDestination(doc, node.dest);
      const title = titleOf(node.title ?? '', page);
      const children = depth < maxDepth ? await convert(node.items ?? [], depth + 1) : [];
      if (title === '' && children.length === 0) continue;
      entries.push({ title, page, children });
    }
    return entries;
  };
  return convert(roots, 1);
}
