// pdf.js draws the text layer's invisible text in a stand-in font of regular weight and stretches
// each run to the width of the PDF's own glyphs. In a bold run the letters' proportions are then
// the regular font's, so a highlight inside it drifts off the bold word it marks. Setting the runs
// of bold fonts in bold, and stretching them again to the same width, puts the words back under
// their glyphs.
import type { PDFPageProxy } from 'pdfjs-dist';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];
type TextItem = Extract<ContentItem, { str: string }>;

function isTextItem(item: ContentItem): item is TextItem {
  return 'str' in item;
}

// Embedded fonts seldom set the bold flag; their names say it ("ABCDEF+NotoSerif-Bold").
const BOLD_NAME = /bold|black|heavy/i;

/** The font's name and flags, known once the page's canvas is drawn (fontExtraProperties). */
interface LoadedFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

function isBoldFont(page: PDFPageProxy, fontName: string): boolean {
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as LoadedFont | null;
  return font?.bold === true || font?.black === true || BOLD_NAME.test(font?.name ?? '');
}

/**
 * Sets the divs of bold runs in bold at their width. `divs` are the text layer's, one per item of
 * `content` (built from it, without marked content), already in the document so they can be
 * measured; the page's canvas must be drawn, so its fonts are known.
 */
export function boldenTextRuns(
  page: PDFPageProxy,
  content: TextContent,
  divs: HTMLElement[],
): void {
  const bold = content.items.flatMap((item, i) => {
    const div = divs[i];
    return isTextItem(item) && item.str.trim() !== '' && div && isBoldFont(page, item.fontName)
      ? [div]
      : [];
  });
  // All reads, then all writes, then all reads, then all writes: two layouts, not one per run.
  const regular = bold.map((div) => div.getBoundingClientRect().width);
  for (const div of bold) div.style.fontWeight = 'bold';
  const widened = bold.map((div) => div.getBoundingClientRect().width);
  bold.forEach((div, i) => {
    const before = regular[i] ?? 0;
    const after = widened[i] ?? 0;
    if (before <= 0 || after <= 0) return;
    const scaleX = Number(div.style.getPropertyValue('--scale-x') || '1');
    div.style.setProperty('--scale-x', String((scaleX * before) / after));
  });
}
