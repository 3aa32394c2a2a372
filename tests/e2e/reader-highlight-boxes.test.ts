// The search highlights in a PDF sit on the words they mark, including on lines that mix bold and
// regular type: the sample library's data toolkit has list items that open with a bold phrase
// ("Double counting.") followed by regular text.
//
// How it is measured: the canvas pdf.js draws holds the PDF's own glyphs, the highlight marks lie
// in the text layer above it. For each highlighted word on the named lines, its ink is read from
// the canvas's pixels (dark enough to be text): horizontally, the run of inked pixel columns
// around the mark's middle, a run ending at a gap wider than a fifth of the line's height (the
// space between words; the words chosen are followed by a space, not punctuation); vertically,
// the inked rows of the whole line, from the top of its capitals and ascenders to the bottom of
// its descenders, which a highlight should cover whatever letters its own word has. The mark's
// box and that ink box must overlap with an intersection over union of at least 0.8 for every
// word (measured at the default zoom: 0.89 to 0.94 for the words below, the body being set in a
// serif; 0.78 to 0.88 while serif runs stood in the system's narrower serif font).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/e2e-session.ts';
import { documentIdByTitle, waitForReaderPage } from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('reader-highlight-boxes');

const TOOLKIT = 'Trafficking in Persons Data Toolkit';
/** Lines, by the bold phrase they open with, and the words highlighted on them (bold or not). */
const LINES: Record<string, string[]> = {
  'Double counting.': ['Double', 'victim'],
  'Missing breakdowns.': ['Missing', 'tables', 'form'],
  Disaggregate: ['Disaggregate', 'form'],
  'Count persons': ['persons', 'cases', 'table'],
};
const QUERY = 'double victim missing tables disaggregate form persons cases';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Measured {
  word: string;
  mark: Box;
  ink: Box | null;
}

/** The highlight boxes on the line opening with `line` and the ink of the words under them. */
function measureLine(page: Page, line: string): Promise<Measured[]> {
  return page.evaluate((line) => {
    const pageElement = document.querySelector<HTMLElement>('[data-testid="reader-page"]')!;
    const canvas = pageElement.querySelector('canvas')!;
    const frame = canvas.getBoundingClientRect();
    const sx = canvas.width / frame.width;
    const sy = canvas.height / frame.height;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const inked = (x: number, y: number) => {
      const i = (Math.floor(y * sy) * canvas.width + Math.floor(x * sx)) * 4;
      return data[i + 3]! > 0 && (data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 150;
    };
    const spans = [...pageElement.querySelectorAll<HTMLElement>('.textLayer span')];
    const opening = spans.find((s) => s.textContent?.startsWith(line));
    if (!opening) return [];
    const lineBox = opening.getBoundingClientRect();
    const lineMiddle = (lineBox.top + lineBox.bottom) / 2;
    const out: Measured[] = [];
    for (const mark of pageElement.querySelectorAll<HTMLElement>('.textLayer mark.hl--query')) {
      const r = mark.getBoundingClientRect();
      if (Math.abs((r.top + r.bottom) / 2 - lineMiddle) > lineBox.height / 2) continue;
      const box = {
        left: r.left - frame.left,
        right: r.right - frame.left,
        top: r.top - frame.top,
        bottom: r.bottom - frame.top,
      };
      const h = box.bottom - box.top;
      const bandTop = Math.max(0, Math.floor(box.top - 0.3 * h));
      const bandBottom = Math.min(Math.floor(frame.height) - 1, Math.ceil(box.bottom + 0.3 * h));
      const columnInked = (x: number) => {
        for (let y = bandTop; y <= bandBottom; y += 1) if (inked(x, y)) return true;
        return false;
      };
      const middle = Math.round((box.left + box.right) / 2);
      let seed = -1;
      for (let d = 0; d < h && seed < 0; d += 1) {
        if (columnInked(middle - d)) seed = middle - d;
        else if (columnInked(middle + d)) seed = middle + d;
      }
      if (seed < 0) {
        out.push({ word: mark.textContent ?? '', mark: box, ink: null });
        continue;
      }
      const widestGap = 0.2 * h;
      const runEnd = (step: number) => {
        let end = seed;
        for (let x = seed, blank = 0; x >= 0 && x < frame.width && blank <= widestGap; x += step) {
          if (columnInked(x)) {
            end = x;
            blank = 0;
          } else blank += 1;
        }
        return end;
      };
      let top = Infinity;
      let bottom = -Infinity;
      for (let y = bandTop; y <= bandBottom; y += 1) {
        for (let x = 0; x < frame.width; x += 1) {
          if (inked(x, y)) {
            top = Math.min(top, y);
            bottom = Math.max(bottom, y + 1);
            break;
          }
        }
      }
      out.push({
        word: mark.textContent ?? '',
        mark: box,
        ink: { left: runEnd(-1), right: runEnd(1) + 1, top, bottom },
      });
    }
    return out;
  }, line);
}

function intersectionOverUnion(a: Box, b: Box): number {
  const width = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
  const height = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const area = (r: Box) => (r.right - r.left) * (r.bottom - r.top);
  const overlap = width * height;
  return overlap / (area(a) + area(b) - overlap);
}

describe('search highlights in a PDF', () => {
  it('sit on the words they mark, bold or regular, on lines that mix both', async () => {
    const { page } = session;
    const { portal } = session.served;
    const id = await documentIdByTitle(portal, TOOLKIT);
    const pages = await portal.api.getPages(id);
    if (!pages.ok) throw new Error(pages.error.message);
    const report: string[] = [];
    const scores: number[] = [];
    for (const [line, words] of Object.entries(LINES)) {
      const pageNumber = pages.value.find((p) => p.text.includes(line))?.page;
      if (pageNumber === undefined) throw new Error(`No page of the toolkit holds "${line}".`);
      await session.open(`/doc/${id}?page=${pageNumber}&q=${encodeURIComponent(QUERY)}`);
      await waitForReaderPage(page, pageNumber);
      await expect.poll(() => page.locator('.textLayer mark.hl--query').count()).toBeGreaterThan(0);
      const measured = await measureLine(page, line);
      expect(measured.map((m) => m.word.toLowerCase()).sort(), line).toEqual(
        words.map((w) => w.toLowerCase()).sort(),
      );
      for (const { word, mark, ink } of measured) {
        const iou = ink ? intersectionOverUnion(mark, ink) : 0;
        report.push(
          `${line} | ${word}: ${iou.toFixed(2)} (mark ${JSON.stringify(mark)}, ink ${JSON.stringify(ink)})`,
        );
        scores.push(iou);
      }
    }
    console.log(report.join('\n'));
    expect(Math.min(...scores), report.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
