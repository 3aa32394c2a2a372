// Bookmark titles repaired against the text of the page they point to.
//
// Chromium (and other Skia-based writers) builds each bookmark's title by appending the text of
// every run it paints for the heading, with nothing between them. So a heading that wraps loses
// the space at each line break ("Trafficking in PersonsCases"), and a heading that layout pushes to
// the next page is painted in the passes for both pages and named twice ("ObjectivesObjectives").
// The page itself shows the heading once, with its lines apart: that is the evidence used here.
import { cleanLabel } from './pdf-metadata.ts';

/** Scripts written without spaces between words: a line break inside them is not a space. */
const spacelessScript =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A line that ends in a hyphen or dash continues the same word or compound on the next line. */
const lineEndDash = /[-\u00AD\u2010\u2011\u2012\u2013\u2014]/u;
/** How many times over a doubled title is looked for: a heading straddles at most a few pages. */
const maxRepeats = 3;

/** A text without its whitespace, and what separated each character from the next one. */
interface Compact {
  text: string;
  /** For each character of `text`: '' (nothing), ' ' (spaces only) or '\n' (a line break) after it. */
  after: string[];
}

function compact(text: string): Compact {
  let out = '';
  const after: string[] = [];
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      if (after.length > 0 && after[after.length - 1] !== '\n')
        after[after.length - 1] = ch === '\n' ? '\n' : ' ';
      continue;
    }
    // Code units, so that positions in `text` and `after` agree for characters outside the BMP too.
    for (let unit = 0; unit < ch.length; unit++) after.push('');
    out += ch;
  }
  return { text: out, after };
}

/** The title once, when it is the same text painted several times over and the page shows it once. */
function undoubled(title: string, page: Compact): string {
  const whole = compact(title).text;
  for (let repeats = maxRepeats; repeats >= 2; repeats--) {
    if (title.length % repeats !== 0) continue;
    const once = title.slice(0, title.length / repeats);
    if (once.trim() !== '' && once.repeat(repeats) === title && !page.text.includes(whole))
      return once.trim();
  }
  return title;
}

const lowSurrogate = /[\uDC00-\uDFFF]/;
const charEndingAt = (text: string, unit: number): string =>
  String.fromCodePoint(
    text.codePointAt(lowSurrogate.test(text[unit] ?? '') ? unit - 1 : unit) ?? 0,
  );
const charStartingAt = (text: string, unit: number): string =>
  String.fromCodePoint(text.codePointAt(unit) ?? 0);

/** Whether a line break between `before` and `next` stands for a space. */
function breakIsSpace(before: string, next: string): boolean {
  return !lineEndDash.test(before) && !spacelessScript.test(before) && !spacelessScript.test(next);
}

/** Where, in the title's compact text, spaces lost at the heading's line breaks go back. */
function lostSpaces(title: Compact, page: Compact): Set<number> {
  for (
    let at = page.text.indexOf(title.text);
    at >= 0 && title.text !== '';
    at = page.text.indexOf(title.text, at + 1)
  ) {
    const lost = new Set<number>();
    for (let i = 0; i < title.text.length - 1; i++) {
      if (
        page.after[at + i] === '\n' &&
        title.after[i] === '' &&
        breakIsSpace(charEndingAt(title.text, i), charStartingAt(title.text, i + 1))
      ) {
        lost.add(i);
      }
    }
    if (lost.size > 0) return lost;
  }
  return new Set();
}

function withSpaces(title: string, at: Set<number>): string {
  if (at.size === 0) return title;
  let out = '';
  let index = 0;
  for (const unit of title) {
    out += unit;
    if (/\s/u.test(unit)) continue;
    index += unit.length;
    if (at.has(index - 1)) out += ' ';
  }
  return cleanLabel(out);
}

/** The titles of one document's bookmarks, each repaired against the text of its page. */
export function outlineTitles(
  pages: readonly string[],
): (raw: string, pageNumber: number | null) => string {
  const compactPages = new Map<number, Compact>();
  const pageText = (pageNumber: number | null): Compact => {
    if (pageNumber === null) return compact('');
    let page = compactPages.get(pageNumber);
    if (!page) {
      page = compact((pages[pageNumber - 1] ?? '').normalize('NFC'));
      compactPages.set(pageNumber, page);
    }
    return page;
  };
  return (raw, pageNumber) => {
    const page = pageText(pageNumber);
    const title = undoubled(cleanLabel(raw).normalize('NFC'), page);
    return withSpaces(title, lostSpaces(compact(title), page));
  };
}
