import { describe, expect, it } from 'vitest';
import {
  countMatches,
  findRanges,
  termsExpression,
} from '#renderer/reader/highlight/match-terms.ts';
import { highlightTerms } from '#renderer/reader/highlight/query-terms.ts';

const matched = (text: string, query: string) =>
  findRanges(text, termsExpression(highlightTerms(query))).map((r) => text.slice(r.start, r.end));

describe('findRanges', () => {
  it('finds whole words and their plurals, ignoring case', () => {
    expect(matched('Courts and the court; courtyard.', 'court')).toEqual(['Courts', 'court']);
  });

  it('finds prefixes to the end of the word', () => {
    expect(matched('Trafficking of traffickers', 'traffick*')).toEqual([
      'Trafficking',
      'traffickers',
    ]);
  });

  it('finds a phrase across line breaks and punctuation, before its own words', () => {
    expect(matched('digital\nevidence, and evidence', '"digital evidence" evidence')).toEqual([
      'digital\nevidence',
      'evidence',
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
    const decomposed = 'Vie\u0323\u0302t Nam';
    expect(matched(decomposed, 'viet')).toEqual(['Vie\u0323\u0302t']);
  });

  it('matches ligatures as their letters', () => {
    expect(matched('The ﬁnal report', 'final')).toEqual(['ﬁnal']);
  });

  it('matches inside Thai, Lao, Khmer and Burmese text written without spaces', () => {
    expect(matched('การค้ามนุษย์ในภูมิภาค', 'ค้ามนุษย์')).toEqual(['ค้ามนุษย์']);
    expect(matched('ការជួញដូរមនុស្សនៅកម្ពុជា', 'ជួញដូរមនុស្ស')).toEqual(['ជួញដូរមនុស្ស']);
  });

  it('finds nothing for an empty query and counts matches', () => {
    expect(termsExpression([])).toBeNull();
    expect(countMatches('evidence evidence', termsExpression(highlightTerms('evidence')))).toBe(2);
  });
});
