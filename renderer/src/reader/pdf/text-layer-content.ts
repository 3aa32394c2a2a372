// The text content the reader's text layer is built from: pdf.js's, read with its marked content
// so that each /ActualText span replaces the runs it encloses by the same rule as the index (see
// actual-text.ts), then given to the text layer as text runs only. Selection, copy, find in the
// document and passage quotes then hold the letters the index holds, not the U+0000 that some
// writers map shaped Thai, Lao, Khmer and Burmese glyphs to.
import type { PDFPageProxy } from 'pdfjs-dist';
import { applyActualText, NO_CHARACTER, type TextRun } from '#shared/pdf/actual-text.ts';

export type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];
type TextItem = Extract<ContentItem, { str: string }>;

function isPlaced(run: TextItem | TextRun): run is TextItem {
  return !('unplaced' in run && run.unplaced === true);
}

/** Characters that stand for no letter are dropped, as the index drops them; tabs are spaces. */
function visible(str: string): string {
  return str.replace(/\t/g, ' ').replace(NO_CHARACTER, '');
}

/**
 * The text runs of `items` (read with `includeMarkedContent: true`), each /ActualText span laid
 * over its glyphs as one run. A span's text with no glyph to lie over joins the inked run before
 * it (or, at the start of the page, the first one after it).
 */
export function textLayerItems(items: readonly ContentItem[]): TextItem[] {
  const out: TextItem[] = [];
  let lastInked = -1;
  let leading = '';
  for (const run of applyActualText(items)) {
    const str = visible(run.str);
    if (!isPlaced(run)) {
      const before = out[lastInked];
      if (before) out[lastInked] = { ...before, str: before.str + str };
      else leading += str;
      continue;
    }
    const inked = str.trim() !== '';
    out.push({ ...run, str: inked ? leading + str : str });
    if (inked) {
      lastInked = out.length - 1;
      leading = '';
    }
  }
  return out;
}

/** `content` as the text layer shows it. */
export function textLayerContent(content: TextContent): TextContent {
  return { ...content, items: textLayerItems(content.items) };
}
