import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';
import {
  joinRuns,
  joinSoftHyphens,
  mergeOverlaidRuns,
  pageText,
} from '#core/ingest/pdf/page-text.ts';
import { applyActualText, type TextContentItem, type TextRun } from '#shared/pdf/actual-text.ts';

/** A run of 12-point text at (x, y) advancing `width`. */
function run(str: string, x: number, y: number, width: number, hasEOL = false): TextRun {
  return { str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL };
}

const span = (actualText: string | null): TextContentItem => ({
  type: 'beginMarkedContentProps',
  actualText,
});
const end: TextContentItem = { type: 'endMarkedContent' };

describe('joinRuns', () => {
  it('puts no space between two Thai, Lao, Khmer or Burmese letters for a gap narrower than a space', () => {
    // Chromium ends the run of ເວົ້ short of its advance (the pen moved back for the marks): a gap
    // of 0.15 of the font size that is no space.
    expect(joinRuns([run('ເວົ້', 0, 700, 10), run('າຕົວະ', 11.8, 700, 20)])).toBe('ເວົ້າຕົວະ');
    expect(joinRuns([run('ได้', 0, 700, 15), run('เข้าใจ', 18, 700, 30)])).toBe('ได้ เข้าใจ');
    // Between Latin letters the same gap stays a space.
    expect(joinRuns([run('ASEAN', 0, 700, 30), run('ACT', 31.9, 700, 20)])).toBe('ASEAN ACT');
  });

  it('does not let a mark drawn back over its letter make the gap after it look wider', () => {
    expect(
      joinRuns([run('បខ័ណ', 0, 700, 30), run('្ឌ', 26, 699.7, 0), run('ជាតិ', 30.1, 700, 18)]),
    ).toBe('បខ័ណ្ឌជាតិ');
  });

  it('joins the lines of a paragraph that wraps between two words of these scripts', () => {
    const paragraph = [
      run('ການຄ້າມະນຸດ ແລະ ການຄ້າ', 0, 700, 400),
      run('ມະນຸດທີ່ກະທຳ ແມ່ນ', 0, 680, 200, true),
      run('', 0, 660, 0, true),
      run('ຜູ້ຖືກເຄາະຮ້າຍ', 0, 660, 100),
    ];
    // The second line ends far from the right edge: its paragraph ends there.
    expect(joinRuns(paragraph)).toBe('ການຄ້າມະນຸດ ແລະ ການຄ້າມະນຸດທີ່ກະທຳ ແມ່ນ\nຜູ້ຖືກເຄາະຮ້າຍ');
  });

  it('keeps headings, new paragraphs, short lines and Latin line ends on lines of their own', () => {
    const heading = [run('ຫົວຂໍ້', 0, 720, 400), run('ການຄ້າມະນຸດ', 0, 700, 120)];
    heading[0] = { ...heading[0]!, transform: [16, 0, 0, 16, 0, 720] };
    expect(joinRuns(heading)).toBe('ຫົວຂໍ້\nການຄ້າມະນຸດ');
    const paragraphs = [
      run('ການຄ້າມະນຸດ', 0, 700, 400),
      run('ແລະ', 0, 680, 400),
      run('ມະນຸດ', 0, 650, 400),
    ];
    expect(joinRuns(paragraphs)).toBe('ການຄ້າມະນຸດແລະ\nມະນຸດ');
    const short = [run('ການຄ້າມະນຸດ', 0, 700, 100), run('ແລະ', 0, 680, 400), run('ມະນຸດ', 0, 660, 40)];
    expect(joinRuns(short)).toBe('ການຄ້າມະນຸດ\nແລະມະນຸດ');
    expect(joinRuns([run('victim', 0, 700, 400), run('support', 0, 680, 400)])).toBe(
      'victim\nsupport',
    );
    // A line that ends at sentence punctuation keeps its break: a space follows it in the text.
    expect(joinRuns([run('ការជួញដូរ។', 0, 700, 400), run('មនុស្ស', 0, 680, 400)])).toBe(
      'ការជួញដូរ។\nមនុស្ស',
    );
  });

  it('glues runs that touch and puts a space where there is a word gap', () => {
    expect(
      joinRuns([run('Vic', 0, 700, 18), run('tim', 18.2, 700, 18), run('support', 40, 700, 40)]),
    ).toBe('Victim support');
  });

  it('starts a new line when the baseline changes or pdf.js marks the end of a line', () => {
    const runs = [
      run('first line', 0, 700, 50),
      run('second', 0, 685, 30, true),
      run('', 0, 670, 0, true),
      run('third', 0, 670, 30),
    ];
    expect(joinRuns(runs)).toBe('first line\nsecond\nthird');
  });

  it('treats a jump back along the same baseline as a new line (a second column)', () => {
    expect(joinRuns([run('right column', 300, 700, 60), run('left column', 0, 700, 60)])).toBe(
      'right column\nleft column',
    );
  });

  it('keeps sub- and superscripts on their line', () => {
    expect(joinRuns([run('Article 5', 0, 700, 45), run('1', 45, 704, 4)])).toBe('Article 51');
  });

  it('drops U+0000, U+FFFD and other control codes, and the spaces pdf.js makes up', () => {
    expect(
      joinRuns([
        run('ab\u0000c\uFFFD', 0, 700, 20),
        run(' ', 20, 700, 0),
        run('d\u0007e', 20, 700, 10),
      ]),
    ).toBe('abcde');
  });

  it('never puts a space before a combining mark drawn as its own run', () => {
    expect(joinRuns([run('ត្រ', 0, 700, 3), run(' ូ', 12, 700, 0), run('វ', 11.5, 700, 7)])).toBe(
      'ត្រូវ',
    );
  });

  it('collapses runs of spaces and trims lines', () => {
    expect(joinRuns([run('  two   spaces  ', 0, 700, 80)])).toBe('two spaces');
  });
});

describe('applyActualText', () => {
  it('replaces the runs of a span with its ActualText, at the place of the first', () => {
    const items = [
      run('មនុ', 0, 700, 20),
      span('ស្ស'),
      run('ស\u0000', 20, 700, 15),
      end,
      run('ត្រូវ', 35, 700, 20),
    ];
    expect(pageText(items)).toBe('មនុស្សត្រូវ');
  });

  it('puts Burmese back in logical order', () => {
    const items = [span('ပြ'), run('ြပ', 0, 700, 14), end, span('င်း'), run('င်း', 14, 700, 10), end];
    expect(pageText(items)).toBe('ပြင်း');
  });

  it('keeps a space or end-of-line mark that pdf.js put at the start of a span before the span', () => {
    const items = [
      run('ကို', 0, 700, 18),
      span('ကာ'),
      run(' ', 18, 700, 4),
      run('ကာ', 22, 700, 20),
      end,
    ];
    expect(pageText(items)).toBe('ကို ကာ');
    const nextLine = [
      run('line one', 0, 700, 40),
      span('ស្ស'),
      run('', 0, 685, 0, true),
      run('ស\u0000', 0, 685, 15),
      end,
    ];
    expect(pageText(nextLine)).toBe('line one\nស្ស');
  });

  it('leaves spans without ActualText, and nested spans inside one, to the outer rule', () => {
    const items = [
      span(null),
      run('plain', 0, 700, 25),
      end,
      span('fi'),
      span('inner'),
      run('\u0000', 25, 700, 6),
      end,
      end,
      run('nd', 31, 700, 10),
    ];
    expect(pageText(items)).toBe('plainfind');
  });

  it('glues the ActualText of a span that held no reportable glyph to its neighbours', () => {
    const items = [
      run('សុវ', 0, 700, 20),
      span('ត'),
      end,
      run('្ថិ', 28, 700, 0),
      run('ភាព', 28, 700, 20),
    ];
    expect(pageText(items)).toBe('សុវត្ថិភាព');
  });

  it('returns the runs themselves when there is no marked content', () => {
    const runs = [run('a', 0, 700, 6), run('b', 6, 700, 6)];
    expect(applyActualText(runs)).toEqual(runs);
  });
});

describe('mergeOverlaidRuns', () => {
  // A heading drawn as LibreOffice draws it when its font lacks some Vietnamese letters: the
  // main font's glyphs first, with gaps, then the fallback font's glyphs into the gaps.
  const read = (runs: TextRun[]): string => joinRuns(mergeOverlaidRuns(runs));

  it('moves fallback letters drawn in a second pass into the gaps between first-pass runs', () => {
    const firstPass = [run('S', 0, 700, 7), run('tay t', 18, 700, 30), run('ng', 62, 700, 14)];
    const secondPass = [run('ổ', 7, 700, 7), run(' ', 14, 700, 34), run('ươ', 48, 700, 14)];
    expect(read([...firstPass, ...secondPass])).toBe('Sổ tay tương');
  });

  it('puts a fallback letter in place of the made-up space pdf.js wrote for its gap inside a run', () => {
    expect(read([run('văn b n yêu', 0, 700, 66), run('ả', 30, 700, 6)])).toBe('văn bản yêu');
  });

  it('cuts a second-pass run that pdf.js joined over several gaps, one piece per gap', () => {
    const firstPass = [run('tr', 0, 700, 12), run('t', 24, 700, 6), run('pháp', 40, 700, 24)];
    expect(read([...firstPass, run('ợ ư', 12, 700, 24)])).toBe('trợ tư pháp');
  });

  it('leaves runs that jump back onto ink where they are: a second column, an overprint', () => {
    const columns = [run('right column', 300, 700, 60), run('left column', 0, 700, 60)];
    expect(mergeOverlaidRuns(columns)).toEqual(columns);
    const overprint = [run('bold', 0, 700, 24), run('bold', 0.5, 700, 24)];
    expect(mergeOverlaidRuns(overprint)).toEqual(overprint);
  });

  it('reads the headings of a LibreOffice PDF whose heading font lacks Vietnamese letters', async () => {
    const path = new URL(
      '../../../fixtures/multilingual/library/vi-so-tay-tuong-tro-tu-phap.pdf',
      import.meta.url,
    );
    const { pages } = await extractPdf(new Uint8Array(readFileSync(path)));
    expect(pages[0]).toMatch(
      /^Sổ tay tương trợ tư pháp hình sự trong các vụ án mua bán người\nCăn cứ pháp lý và Cơ quan trung ương\n/,
    );
    expect(pages[1]).toMatch(/^Nội dung văn bản yêu cầu\n/);
    expect(pages[2]).toMatch(/^Dẫn độ\n/);
  });
});

describe('joinSoftHyphens', () => {
  it('joins a word broken at a soft hyphen at the end of a line and drops the drawn hyphen', () => {
    expect(joinSoftHyphens('Manual\u00ADly hyphen\u00AD\u2010\nated words')).toBe(
      'Manually hyphenated words',
    );
    expect(joinSoftHyphens('extra\u00AD-\nterritorial')).toBe('extraterritorial');
  });

  it('keeps ordinary hyphens at line ends, which may belong to the word', () => {
    expect(joinSoftHyphens('cross-\nborder')).toBe('cross-\nborder');
  });
});
