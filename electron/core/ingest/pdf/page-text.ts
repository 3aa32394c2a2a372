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
  return {
    along: e * ux + f * uy,
    across: f * ux - e * uy,
    size: Math.hypot(c, d) || run.height || 1,
  };
}

/** One run standing for `runs`, carrying `text`: it starts where the first starts and ends where the last on its line ends. */
function mergeRuns(runs: TextRun[], text: string): TextRun {
  const first = runs[0] as TextRun;
  const start = placement(first);
  let end = start.along + first.width;
  for (const run of runs) {
    const p = placement(run);
    if (Math.abs(p.across - start.across) <= sameLineRatio * start.size)
      end = Math.max(end, p.along + run.width);
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

/** Edges closer than this share of the font size touch. */
const touchRatio = 0.1;
/** Advance assumed for a letter whose own width is not known, as a share of the font size. */
const letterRatio = 0.7;

interface Gap {
  start: number;
  end: number;
  /** Index of the run after the gap: what fills the gap goes before it. */
  before: number;
}

/** Replace `remove` runs at `at` with `insert`. */
interface Splice {
  at: number;
  remove: number;
  insert: TextRun[];
}

/** A copy of `run` carrying `str`, moved along its baseline to `along` and `width` wide. */
function movedRun(run: TextRun, str: string, along: number, width: number): TextRun {
  const [a = 1, b = 0, c = 0, d = 1] = run.transform;
  const scale = Math.hypot(a, b) || 1;
  const ux = a / scale;
  const uy = b / scale;
  const { across } = placement(run);
  return {
    ...run,
    str,
    width,
    transform: [a, b, c, d, along * ux - across * uy, along * uy + across * ux],
  };
}

function isInked(run: TextRun): boolean {
  return !run.unplaced && run.str.trim() !== '';
}

/** The gaps between the inked runs of a line that starts at index `first`. */
function lineGaps(out: TextRun[], first: number, size: number): Gap[] {
  const gaps: Gap[] = [];
  let previousEnd: number | null = null;
  for (let i = first; i < out.length; i++) {
    const run = out[i] as TextRun;
    if (!isInked(run)) continue;
    const start = placement(run).along;
    if (previousEnd !== null && start - previousEnd > touchRatio * size)
      gaps.push({ start: previousEnd, end: start, before: i });
    previousEnd = Math.max(previousEnd ?? -Infinity, start + run.width);
  }
  return gaps;
}

/**
 * A second-pass run that falls between runs of the first pass. A run within one gap goes there
 * whole. A run over several gaps was cut by pdf.js's made-up spaces into one piece per gap: the
 * first piece starts where the run starts, the others start at their gap, the last ends where the
 * run ends, and a piece with an unknown end is given an average letter's width, so that what is
 * left of its gap can still be a space between words.
 */
function fillGaps(out: TextRun[], first: number, run: TextRun, here: Placement): Splice[] | null {
  const slack = touchRatio * here.size;
  const start = here.along;
  const end = start + run.width;
  const gaps = lineGaps(out, first, here.size);
  const from = gaps.findIndex((g) => start >= g.start - slack && start < g.end);
  const to = gaps.findIndex((g) => end > g.start && end <= g.end + slack);
  if (from < 0 || to < from) return null;
  if (from === to) return [{ at: (gaps[from] as Gap).before, remove: 0, insert: [run] }];
  const pieces = run.str.trim().split(/\s+/);
  if (pieces.length !== to - from + 1) return null;
  return pieces.map((piece, k) => {
    const gap = gaps[from + k] as Gap;
    const pieceStart = k === 0 ? start : gap.start;
    const pieceEnd =
      k === pieces.length - 1
        ? end
        : Math.min(gap.end, pieceStart + letterRatio * here.size * [...piece].length);
    return {
      at: gap.before,
      remove: 0,
      insert: [movedRun(run, piece, pieceStart, pieceEnd - pieceStart)],
    };
  });
}

/**
 * A second-pass run that falls inside a first-pass run, where pdf.js wrote a made-up space for the
 * gap it left: the space nearest to where the run sits (letters taken as equally wide) gives way
 * to it, and the first-pass run is cut in two around it.
 */
function fillSpaceInRun(
  out: TextRun[],
  first: number,
  run: TextRun,
  here: Placement,
): Splice | null {
  if (/\s/.test(run.str.trim())) return null;
  const centre = here.along + run.width / 2;
  for (let i = first; i < out.length; i++) {
    const host = out[i] as TextRun;
    if (!isInked(host)) continue;
    const hostStart = placement(host).along;
    if (centre <= hostStart || centre >= hostStart + host.width) continue;
    const letters = [...host.str];
    const advance = host.width / letters.length;
    let best = -1;
    letters.forEach((letter, k) => {
      const distance = Math.abs(hostStart + (k + 0.5) * advance - centre);
      if (
        letter === ' ' &&
        distance <= here.size &&
        (best < 0 || distance < Math.abs(hostStart + (best + 0.5) * advance - centre))
      )
        best = k;
    });
    if (best < 0) return null;
    const before = letters.slice(0, best).join('');
    const after = letters.slice(best + 1).join('');
    const runEnd = here.along + run.width;
    const insert = [
      ...(before ? [movedRun(host, before, hostStart, Math.max(0, here.along - hostStart))] : []),
      run,
      ...(after
        ? [movedRun(host, after, runEnd, Math.max(0, hostStart + host.width - runEnd))]
        : []),
    ];
    return { at: i, remove: 1, insert };
  }
  return null;
}

/**
 * Writers that take some letters from a fallback font may draw a line in two passes: the glyphs
 * of the main font first, leaving gaps, then the fallback glyphs into those gaps (LibreOffice does
 * so for Vietnamese letters that a heading font lacks). A run of the second pass jumps back along
 * the baseline into gaps of the first; it is moved into its place so that the line reads in order.
 * Runs that jump back onto ink (a second column, a fake-bold overprint) are left where they are.
 */
export function mergeOverlaidRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let line: { first: number; across: number; end: number } | null = null;
  for (const run of runs) {
    if (!isInked(run)) {
      out.push(run);
      continue;
    }
    const here = placement(run);
    const onLine =
      line !== null && Math.abs(here.across - line.across) <= sameLineRatio * here.size;
    const jumpsBack = line !== null && onLine && here.along < line.end - here.size;
    if (line && jumpsBack) {
      const splices =
        fillGaps(out, line.first, run, here) ??
        [fillSpaceInRun(out, line.first, run, here)].filter((s) => s !== null);
      if (splices.length > 0) {
        // Applied from the right, so that the indexes of those to the left stay valid.
        for (const { at, remove, insert } of splices.reverse()) out.splice(at, remove, ...insert);
        continue;
      }
    }
    if (!line || !onLine || jumpsBack)
      line = { first: out.length, across: here.across, end: here.along + run.width };
    else line.end = Math.max(line.end, here.along + run.width);
    out.push(run);
  }
  return out;
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
      } else if (
        here.along - previous.end > wordGapRatio * size &&
        !glueNext &&
        !startsWithMark &&
        !line.endsWith(' ') &&
        !str.startsWith(' ')
      ) {
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
  return joinSoftHyphens(joinRuns(mergeOverlaidRuns(applyActualText(items))));
}
