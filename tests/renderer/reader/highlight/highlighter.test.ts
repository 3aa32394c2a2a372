import { describe, expect, it } from 'vitest';
import { findHighlighter, queryHighlighter } from '#renderer/reader/highlight/highlighter.ts';

const matched = (text: string, query: string) =>
  (queryHighlighter(query)?.(text) ?? []).map((r) => text.slice(r.start, r.end));

describe('queryHighlighter', () => {
  it('finds whole words and their plurals, ignoring case', () => {
    expect(matched('Courts and the court; courtyard.', 'court')).toEqual(['Courts', 'court']);
  });

  it('finds prefixes to the end of the word', () => {
    expect(matched('Trafficking of traffickers', 'traffick*')).toEqual([
      'Trafficking',
      'traffickers',
    ]);
  });

  it('finds a phrase across line breaks and punctuation, and its words alone elsewhere', () => {
    expect(matched('digital\nevidence, and evidence', '"digital evidence" evidence')).toEqual([
      'digital\nevidence',
      'evidence',
    ]);
  });

  it('leaves out excluded words and operators', () => {
    expect(matched('evidence of labour in court', 'evidence -labour OR | court')).toEqual([
      'evidence',
      'court',
    ]);
  });

  it('maps Vietnamese matches typed without tone marks back to the original letters', () => {
    expect(matched('Thu thập chứng cứ điện tử', 'chung cu dien tu')).toEqual([
      'chứng',
      'cứ',
      'điện',
      'tử',
    ]);
  });

  it('includes combining accents that follow a matched letter', () => {
    expect(matched('Vie\u0323\u0302t Nam', 'viet')).toEqual(['Vie\u0323\u0302t']);
  });

  it('matches ligatures as their letters, ß as ss, and words joined by a soft hyphen', () => {
    expect(matched('The ﬁnal report', 'final')).toEqual(['ﬁnal']);
    expect(matched('Die Straße', 'strasse')).toEqual(['Straße']);
    expect(matched('traf\u00adficking', 'trafficking')).toEqual(['traf\u00adficking']);
  });

  it('marks Thai, Lao, Khmer and Burmese words as whole, and letters inside longer words apart', () => {
    const text = 'ສານ ເອກະສານ';
    expect(queryHighlighter('ສານ')?.(text)).toEqual([
      { start: 0, end: 3, whole: true },
      { start: 8, end: 11, whole: false },
    ]);
    expect(matched('การค้ามนุษย์ในภูมิภาค', 'ค้ามนุษย์')).toEqual(['ค้ามนุษย์']);
    expect(matched('ការជួញដូរមនុស្សនៅកម្ពុជា', 'ជួញដូរមនុស្ស')).toEqual(['ជួញដូរមនុស្ស']);
  });

  it('has nothing to highlight for an empty query or one of exclusions only', () => {
    expect(queryHighlighter('')).toBeNull();
    expect(queryHighlighter('-labour')).toBeNull();
  });
});

describe('findHighlighter', () => {
  it('finds the typed words as a phrase, the last one perhaps unfinished', () => {
    const find = findHighlighter('digital evid');
    expect(find?.('Digital evidence, digital media').map((r) => r.end)).toEqual([16]);
    expect(findHighlighter('  ')).toBeNull();
  });
});
