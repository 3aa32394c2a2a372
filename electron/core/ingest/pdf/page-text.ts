// Turns the items pdf.js reports for one page into the text a reader sees on it.
//
// Two steps. First, marked-content spans that carry /ActualText replace the runs they enclose (see
// actual-text.ts, shared with the reader's text layer). Second, runs are joined by their geometry:
// runs that touch on a baseline are glued, a gap wider than a fraction of the font size becomes a
// space, and a change of baseline (or pdf.js's own end-of-line mark) becomes a newline. In Thai,
// Lao, Khmer and Burmese, written without spaces between words, a narrow gap is no space and a
// paragraph's line that wraps between two words is joined to the next without one.
import {
  applyActualText,
  NO_CHARACTER as noCharacter,
  placement,
  SAME_LINE_RATIO as sameLineRatio,
  type Placement,
  type TextContentItem,
  type TextRun,
} from '#shared/pdf/actual-text.ts';

/** A gap wider than this share of the font size is a space between words, not kerning. */
const wordGapRatio = 0.15;

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

/**
 * Letters (marks included, punctuation not) of the scripts written without spaces between words:
 * Thai, Lao, Burmese and Khmer with their extension blocks. Between two of them a space or a line break is a
 * phrase break, never a word boundary, so one that the writer did not draw must not be made up.
 */
const unspacedLetter =
  /(?![\u0E2F\u0E46\u0E4F\u0E5A\u0E5B\u0EAF\u0EC6\u104A-\u104F\u17D4-\u17DA])[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uA9E0-\uA9FF\uAA60-\uAA7F]/u;
/**
 * Between two such letters a gap is a space only when it is as wide as a space: the narrowest in
 * these scripts' fonts is about a quarter of the font size. Narrower gaps are left where a writer
 * draws a cluster's marks and moves the pen back, so that a run ends short of its advance
 * (Chromium: ເວົ້ າ, ပို့ ဆော, about 0.15 of the font size).
 */
const unspacedWordGapRatio = 0.2;
/** Lines whose baseline step is within this share of the tightest step for their size are one paragraph. */
const lineStepTolerance = 0.15;
/**
 * A line that ends further than this share of the text's width from its right edge ends its
 * paragraph (or list item); one broken only because the next word did not fit ends near the edge.
 */
const shortLineRatio = 0.25;

interface Line {
  text: string;
  /** Baseline and font size of its first run; where it starts and ends along the baseline. */
  across: number;
  size: number;
  start: number;
  end: number;
}

// These letters are all in the Basic Multilingual Plane, so one UTF-16 unit at either end tells:
// spreading a line into code points for every run it grows by cost a share of the page's time.
function endsInUnspacedLetter(text: string): boolean {
  return unspacedLetter.test(text.slice(-1));
}

function startsWithUnspacedLetter(text: string): boolean {
  return unspacedLetter.test(text.slice(0, 1));
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= 0.05 * Math.max(a.size, b.size);
}

/** Two consecutive lines of the same size where one ends and the next starts with such a letter. */
function isCandidate(above: Line, below: Line): boolean {
  return (
    endsInUnspacedLetter(above.text) &&
    startsWithUnspacedLetter(below.text) &&
    sameSize(above, below)
  );
}

/** What the page's lines of one font size show of their paragraphs. */
interface Measure {
  /**
   * The tightest baseline step from a line ending in one of these scripts to one starting in one:
   * their line spacing within a paragraph.
   */
  step: number;
  /** The right edge of lines of this size, and of those that also start at the same place. */
  right: number;
  columns: Map<number, { right: number; lines: number }>;
}

const sizeKey = (line: Line): number => Math.round(line.size);
const startKey = (line: Line): number => Math.round(line.start);

function measureLines(lines: Line[]): Map<number, Measure> {
  const measures = new Map<number, Measure>();
  for (const line of lines) {
    const m = measures.get(sizeKey(line)) ?? {
      step: Infinity,
      right: line.end,
      columns: new Map(),
    };
    m.right = Math.max(m.right, line.end);
    const column = m.columns.get(startKey(line)) ?? { right: line.end, lines: 0 };
    column.right = Math.max(column.right, line.end);
    column.lines++;
    m.columns.set(startKey(line), column);
    measures.set(sizeKey(line), m);
  }
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1] as Line, lines[i] as Line];
    const step = above.across - below.across;
    const m = measures.get(sizeKey(below));
    // Only where a line of these scripts meets another: Latin lines of the same size may be set
    // tighter, their fonts being shorter.
    if (m && isCandidate(above, below) && step > sameLineRatio * below.size)
      m.step = Math.min(m.step, step);
  }
  return measures;
}

/**
 * True when `below` carries on the paragraph of `above` in a script written without spaces: the
 * writer broke the line between two words where the text has no space, so none is put there.
 * A heading (another size), a new paragraph (a wider step than the page's line spacing) and a line
 * after a short one (the end of a paragraph or list item) stay on lines of their own. Lines that
 * start where others do are measured against those (a box, a list) rather than the whole page.
 * A space the text had at the break is lost: writers do not draw it, and no space at all is the
 * more common case.
 */
function wrapsWithoutSpace(above: Line, below: Line, measures: Map<number, Measure>): boolean {
  if (!isCandidate(above, below)) return false;
  const m = measures.get(sizeKey(below));
  if (!m) return false;
  const column = m.columns.get(startKey(above));
  const right = column && column.lines > 1 ? column.right : m.right;
  const nearEdge = above.end >= right - shortLineRatio * (right - above.start);
  const step = above.across - below.across;
  return nearEdge && step > 0 && step <= m.step * (1 + lineStepTolerance);
}

/** Joins runs into lines the way they sit on the page. */
export function joinRuns(runs: TextRun[]): string {
  const lines: Line[] = [];
  let line: Line | null = null;
  let previous: { end: number; across: number; size: number } | null = null;
  let lineBreakPending = false;
  let glueNext = false;

  for (const run of runs) {
    let str = run.str.replace(/\t/g, ' ').replace(noCharacter, '');
    if (run.unplaced) {
      if (line) line.text += str;
      else line = { text: str, across: 0, size: 0, start: 0, end: 0 };
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
    let end = here.along + run.width;
    if (previous && line) {
      const size = Math.min(here.size, previous.size);
      const sameBaseline = Math.abs(here.across - previous.across) <= sameLineRatio * size;
      // Moving back by more than a character on the same baseline is a new column or a new line.
      const movesOn = here.along >= previous.end - size;
      const gapRatio =
        endsInUnspacedLetter(line.text) && startsWithUnspacedLetter(str)
          ? unspacedWordGapRatio
          : wordGapRatio;
      if (lineBreakPending || !sameBaseline || !movesOn) {
        lines.push(line);
        line = null;
      } else {
        if (
          here.along - previous.end > gapRatio * size &&
          !glueNext &&
          !startsWithMark &&
          !line.text.endsWith(' ') &&
          !str.startsWith(' ')
        )
          line.text += ' ';
        // A mark drawn back over its letter does not move the end of the line back.
        end = Math.max(end, previous.end);
      }
    }
    if (line) line.text += str;
    else line = { text: str, across: here.across, size: here.size, start: here.along, end };
    if (!line.size)
      Object.assign(line, { across: here.across, size: here.size, start: here.along });
    line.end = end;
    previous = { end, across: here.across, size: here.size };
    lineBreakPending = run.hasEOL;
    glueNext = false;
  }
  if (line) lines.push(line);
  for (const l of lines) l.text = l.text.replace(/ {2,}/g, ' ').trim();
  const kept = lines.filter((l) => l.text !== '');
  const measures = measureLines(kept);
  return kept
    .map((l, i) => {
      const above = kept[i - 1];
      if (!above) return l.text;
      return (wrapsWithoutSpace(above, l, measures) ? '' : '\n') + l.text;
    })
    .join('')
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
