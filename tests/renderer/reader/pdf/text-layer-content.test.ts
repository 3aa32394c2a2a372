import { describe, expect, it } from 'vitest';
import { textLayerItems, type TextContent } from '#renderer/reader/pdf/text-layer-content.ts';

type Item = TextContent['items'][number];

function run(str: string, x: number, width: number, hasEOL = false): Item {
  return {
    str,
    dir: 'ltr',
    transform: [12, 0, 0, 12, x, 700],
    width,
    height: 12,
    fontName: 'g_d0_f1',
    hasEOL,
  };
}

/** A marked-content span as the patched pdf.js reports it. */
const span = (actualText: string): Item =>
  ({ type: 'beginMarkedContentProps', id: '', actualText }) as Item;
const end: Item = { type: 'endMarkedContent', id: '' };

describe('the text layer’s runs', () => {
  it('show the span’s ActualText over its glyphs, and no marked content', () => {
    const items = textLayerItems([
      run('ມະນ', 0, 20),
      span('ຸ'),
      run('\u0000', 20, 3),
      end,
      run('ດ', 23, 7, true),
    ]);
    expect(items).toEqual([run('ມະນ', 0, 20), run('ຸ', 20, 3), run('ດ', 23, 7, true)]);
  });

  it('drop what stands for no letter outside spans, as the index does', () => {
    expect(textLayerItems([run('ក\u0000ា', 0, 20), run('\u0000', 20, 4)])).toEqual([
      run('កា', 0, 20),
      run('', 20, 4),
    ]);
  });

  it('join the text of a span with no glyph to the inked run before it, or else after it', () => {
    expect(
      textLayerItems([run('សុវ', 0, 20), run(' ', 20, 3), span('ត'), end, run('ភាព', 28, 20)]),
    ).toEqual([run('សុវត', 0, 20), run(' ', 20, 3), run('ភាព', 28, 20)]);
    expect(textLayerItems([span('ត'), end, run('', 0, 0, true), run('ភាព', 28, 20)])).toEqual([
      run('', 0, 0, true),
      run('តភាព', 28, 20),
    ]);
  });
});
