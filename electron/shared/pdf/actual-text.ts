// Marked-content spans that carry /ActualText (the patched pdf.js reports it on
// `beginMarkedContentProps` items) replace the runs they enclose. Chromium and other Skia-based
// writers wrap every shaped cluster whose glyphs have no code point of their own (Khmer subscripts,
// Thai stacked marks, Burmese pre-base vowels) in such a span, and only its ActualText holds the
// characters, in logical order. The index and the reader's text layer both read a page this way,
// so that what is found, selected and quoted is the same text.

/** A run of text as pdf.js reports it: its string, where it starts and how far it advances. */
export interface TextRun {
  str: string;
  /** [a, b, c, d, e, f]: text space to page space; (e, f) is where the run starts. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  /**
   * Set on the text of an /ActualText span that enclosed no glyph pdf.js could report: its place
   * on the line is unknown, so it is glued to its neighbours (such spans stand for clusters).
   */
  unplaced?: boolean;
}

/** A marked-content bracket; `actualText` is set by the patched pdf.js when the span has one. */
export interface MarkedContentItem {
  type: string;
  actualText?: string | null;
}

export type TextContentItem = TextRun | MarkedContentItem;

/** Baselines closer than this share of the font size are the same line (sub- and superscripts included). */
export const SAME_LINE_RATIO = 0.5;

// Code points that mean "no character here": glyphs mapped to <0000> (or to other control codes)
// and replacement characters. Tabs are control codes too: turn them into spaces first.
export const NO_CHARACTER = /[\p{Cc}\uFFFD\uFFFE\uFFFF]/gu;

export function isMarkedContent<R extends TextRun>(
  item: R | MarkedContentItem,
): item is MarkedContentItem {
  return 'type' in item;
}

export interface Placement {
  /** Position along the baseline direction. */
  along: number;
  /** Position across it: the baseline itself. */
  across: number;
  /** Font size in page units. */
  size: number;
}

export function placement(run: TextRun): Placement {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = run.transform;
  const scale = Math.hypot(a, b) || 1;
  const ux = a / scale;
  const uy = b / scale;
  return {
    along: e * ux + f * uy,
    across: f * ux - e * uy,
    size: Math.hypot(c, d) || run.height || 1,
  };
}

/** One run standing for `runs`, carrying `text`: it starts where the first starts and ends where the last on its line ends. */
function mergeRuns<R extends TextRun>(runs: R[], text: string): R {
  const first = runs[0] as R;
  const start = placement(first);
  let end = start.along + first.width;
  for (const run of runs) {
    const p = placement(run);
    if (Math.abs(p.across - start.across) <= SAME_LINE_RATIO * start.size)
      end = Math.max(end, p.along + run.width);
  }
  return { ...first, str: text, width: end - start.along, hasEOL: (runs.at(-1) as R).hasEOL };
}

/**
 * The page's runs in content order, each /ActualText span collapsed into one run carrying its
 * text, laid over the span's glyphs (the first run's place and font, as wide as all of them).
 * Nested spans inside one that has ActualText are covered by the outer one, as the PDF spec says.
 * A span that enclosed no reportable glyph leaves an `unplaced` run with no place or font.
 */
export function applyActualText<R extends TextRun>(
  items: readonly (R | MarkedContentItem)[],
): (R | TextRun)[] {
  const runs: (R | TextRun)[] = [];
  let depth = 0;
  let span: { depth: number; text: string; start: number } | null = null;
  const closeSpan = (): void => {
    if (!span) return;
    const enclosed = runs.splice(span.start) as R[];
    const placed = enclosed.filter((r) => r.str.trim() !== '');
    if (placed.length > 0) runs.push(mergeRuns(enclosed, span.text));
    else
      runs.push(...enclosed, {
        str: span.text,
        transform: [],
        width: 0,
        height: 0,
        hasEOL: false,
        unplaced: true,
      });
    span = null;
  };
  for (const item of items) {
    if (!isMarkedContent(item)) {
      runs.push(item);
      // pdf.js reports the gap or line change before a span's first glyph as a blank run inside
      // the span (a made-up space, an empty end-of-line mark): it belongs before the span.
      if (span && span.start === runs.length - 1 && item.str.trim() === '') span.start++;
    } else if (item.type === 'endMarkedContent') {
      if (span && span.depth === depth) closeSpan();
      depth = Math.max(0, depth - 1);
    } else {
      depth++;
      if (!span && typeof item.actualText === 'string')
        span = { depth, text: item.actualText, start: runs.length };
    }
  }
  closeSpan();
  return runs;
}
