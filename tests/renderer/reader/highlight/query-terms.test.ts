import { describe, expect, it } from 'vitest';
import { highlightTerms } from '#renderer/reader/highlight/query-terms.ts';

describe('highlightTerms', () => {
  it('takes words, phrases and prefixes, folded', () => {
    expect(highlightTerms('Digital "Victim-Sensitive courts" traffick*')).toEqual([
      { words: ['digital'], prefix: false },
      { words: ['victim', 'sensitive', 'courts'], prefix: false },
      { words: ['traffick'], prefix: true },
    ]);
  });

  it('leaves out exclusions and operators', () => {
    expect(highlightTerms('evidence -labour NOT fishing -"forced marriage" OR | courts')).toEqual([
      { words: ['evidence'], prefix: false },
      { words: ['courts'], prefix: false },
    ]);
  });

  it('folds Vietnamese tone marks and đ', () => {
    expect(highlightTerms('Bằng chứng điện tử')).toEqual([
      { words: ['bang'], prefix: false },
      { words: ['chung'], prefix: false },
      { words: ['dien'], prefix: false },
      { words: ['tu'], prefix: false },
    ]);
  });

  it('keeps an unclosed quote as a phrase and drops repeats', () => {
    expect(highlightTerms('"digital evidence digital')).toEqual([
      { words: ['digital', 'evidence', 'digital'], prefix: false },
    ]);
    expect(highlightTerms('court court')).toEqual([{ words: ['court'], prefix: false }]);
  });
});
