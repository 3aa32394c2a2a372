// Turns the items pdf.js reports for one page into the text a reader sees on it.
//
// Two steps. First, marked-content spans that carry /ActualText (the patched pdf.js reports it on
// `beginMarkedContentProps` items) replace the runs they enclose: Chromium and other Skia-based
// writers wrap every shaped cluster whose glyphs have no code point of their own (Khmer subscripts,
// Thai stacked marks, Burmese pre-base vowels) in such a span, and only its ActualText holds the
// characters, in logical order. Second, runs are joined by their geometry: runs that touch on a
// baseline are glued, a gap wider than a fraction of the font size becomes a space, and a change of
// baseline (or pdf.js's own end-of-line mark) becomes a newline.

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

/** A gap wider than this share of the font size is a space between words, not kerning. */
const wordGapRatio = 0.15;
/** Baselines closer than this share of the font size are the same line (sub- and superscripts included). */
const sameLineRatio = 0.5;

// Code points that mean "no character here": glyphs mapped to <0000> (or to other control codes)
// and replacement characters. Tabs become spaces before this applies.
const noCharacter = /[\p{Cc}\uFFFD\uFFFE\uFFFF]/gu;

function isMarkedContent(item: TextContentItem): item is MarkedContentItem {
  return 'type' in item;
}

interface Placement {
  /** Position along the baseline direction. */
  along: number;
  /** Position across it: the baseline itself. */
  across: number;
  /** Font size in page units. */
  size: number;
}

function placement(run: TextRun): Placement {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = run.transform;
  const scale = Math.hypot(a, b) || 1;
  const ux = a / scale;
  const uy = b / scale;
  return { along: e * ux + f * uy, across: f * ux - e * uy, size: Math.hypot(c, d) || run.height || 1 };
}

/** One run standing for `runs`, carrying `text`: it starts where the first starts and ends where the last on its line ends. */
function mergeRuns(runs: TextRun[], text: string): TextRun {
  const first = runs[0] as TextRun;
  const start = placement(first);
  let end = start.along + first.width;
  for (const run of runs) {
    const p = placement(run);
    if (Math.abs(p.across - start.across) <= sameLineRatio * start.size) end = Math.max(end, p.along + run.width);
  }
  return { ...first, str: text, width: end - start.along, hasEOL: (runs.at(-1) as TextRun).hasEOL };
}

/**
 * The page's runs in content order, each /ActualText span collapsed into one run carrying its text.
 * Nested spans inside one that has ActualText are covered by the outer one, as the PDF spec says.
 */
export function applyActualText(items: TextContentItem[]): TextRun[] {
  const runs: TextRun[] = [];
  let depth = 0;
  let span: { depth: number; text: string; start: number } | null = null;
  const closeSpan = (): void => {
    if (!span) return;
    const enclosed = runs.splice(span.start);
    const placed = enclosed.filter((r) => r.str.trim() !== '');
    if (placed.length > 0) runs.push(mergeRuns(enclosed, span.text));
    else runs.push(...enclosed, { str: span.text, transform: [], width: 0, height: 0, hasEOL: false, unplaced: true });
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
      if (!span && typeof item.actualText === 'string') span = { depth, text: item.actualText, start: runs.length };
    }
  }
  closeSpan();
  return runs;
}

/** Joins runs into lines the way they sit on the page. */
export function joinRuns(runs: TextRun[]): string {
  const lines: string[] = [];
  let line = '';
  let previous: { end: number; across: number; size: number } | null = null;
  let lineBreakPending = false;
  let glueNext = false;

  for (const run of runs) {
    let str = run.str.replace(/\t/g, ' ').replace(noCharacter, '');
    if (run.unplaced) {
      line += str;
      glueNext = true;
      continue;
    }
    if (str.trim() === '') {
      // Blank runs are pdf.js's own guesses: an empty run marks a change of line (kept), a lone
      // space marks a gap it saw (dropped: it also fires inside words, where a stacked mark nudges
      // the pen; the gap test below decides spaces from the geometry alone).
      if (run.hasEOL) lineBreakPending = true;
      continue;
    }
    // A combining mark drawn as a run of its own belongs to the letter before it, whatever the gap.
    const startsWithMark = /^\s*\p{M}/u.test(str);
    if (startsWithMark) str = str.trimStart();
    const here = placement(run);
    if (previous) {
      const size = Math.min(here.size, previous.size);
      const sameBaseline = Math.abs(here.across - previous.across) <= sameLineRatio * size;
      // Moving back by more than a character on the same baseline is a new column or a new line.
      const movesOn = here.along >= previous.end - size;
      if (lineBreakPending || !sameBaseline || !movesOn) {
        lines.push(line);
        line = '';
      } else if (here.along - previous.end > wordGapRatio * size && !glueNext && !startsWithMark && !line.endsWith(' ') && !str.startsWith(' ')) {
        line += ' ';
      }
    }
    line += str;
    previous = { end: here.along + run.width, across: here.across, size: here.size };
    lineBreakPending = run.hasEOL;
    glueNext = false;
  }
  lines.push(line);
  return lines
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * Soft hyphens (U+00AD) mark where a word may break. Where a line ends at one, the word was broken
 * there: its halves are joined and the hyphen drawn at the break goes. Elsewhere they are invisible.
 */
export function joinSoftHyphens(text: string): string {
  return text.replace(/\u00AD[-\u2010]?\n/g, '').replace(/\u00AD/g, '');
}

/** The text of one page from pdf.js's text content (fetched with `includeMarkedContent: true`). */
export function pageText(items: TextContentItem[]): string {
  return joinSoftHyphens(joinRuns(applyActualText(items)));
}
