import { describe, expect, it } from 'vitest';
import { applyActualText, type TextContentItem, type TextRun } from '#shared/pdf/actual-text.ts';

/** A run of 12-point text at (x, y) advancing `width`, in a font the reader knows by name. */
function run(str: string, x: number, y: number, width: number, hasEOL = false) {
  return { str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL, fontName: 'f1' };
}

const span = (actualText: string | null): TextContentItem => ({
  type: 'beginMarkedContentProps',
  actualText,
});
const end: TextContentItem = { type: 'endMarkedContent' };

describe('applyActualText', () => {
  it('lays a span’s ActualText over all of its glyphs, in the first run’s place and font', () => {
    const runs = applyActualText([
      run('ສະຫຼ', 0, 700, 30),
      span('ຸ'),
      run('\u0000', 30, 700, 4),
      end,
      span('ບ'),
      run('ບ', 30, 700, 8),
      end,
      // Burmese drawn in visual order: the medial before its consonant.
      span('ပြ'),
      run('ြ', 40, 700, 5),
      run('ပ', 45, 700, 9, true),
      end,
    ]);
    expect(runs.map((r) => r.str)).toEqual(['ສະຫຼ', 'ຸ', 'ບ', 'ပြ']);
    expect(runs[3]).toEqual(run('ပြ', 40, 700, 14, true));
  });

  it('keeps the runs of a span without ActualText and the runs outside spans as they are', () => {
    const items = [run('plain', 0, 700, 25), span(null), run('x', 25, 700, 5), end];
    expect(applyActualText(items)).toEqual([items[0], items[2]]);
  });

  it('leaves a span’s text unplaced when it encloses no glyph, blank runs kept before it', () => {
    const blank = run(' ', 20, 700, 3);
    const runs = applyActualText([run('សុវ', 0, 700, 20), span('ត'), blank, end]);
    expect(runs[1]).toBe(blank);
    expect(runs[2]).toMatchObject({ str: 'ត', unplaced: true } satisfies Partial<TextRun>);
  });
});
