import { describe, expect, it } from 'vitest';
import { matchTerms, mergeMatches, shownTerms } from '#shared/search/match-rules.ts';
import { findTerm, parseQuery } from '#shared/search/query-parser.ts';
import { normalise } from '#shared/text/normalise.ts';
import { splitWords } from '#shared/text/words.ts';
import { SAMPLES } from '../text/samples.ts';

const words = (text: string, query: string) =>
  matchTerms(text, shownTerms(parseQuery(query))).map((m) => text.slice(m.start, m.end));

describe('matchTerms', () => {
  it('matches whole words, English plurals and prefixes typed with *', () => {
    expect(words('The court heard three courts; a courtyard.', 'court')).toEqual([
      'court',
      'courts',
    ]);
    expect(words('a courtyard', 'court*')).toEqual(['courtyard']);
  });

  it('never matches the excluded terms', () => {
    expect(words('court of appeal', 'court -appeal')).toEqual(['court']);
  });

  it('matches a word typed with marks in that form only, and one typed without in every form', () => {
    const text = 'Tư pháp, tự do, tử hình, Tu\u031b pha\u0301p';
    expect(words(text, 'tư')).toEqual(['Tư', 'Tu\u031b']);
    expect(words(text, 'tu')).toEqual(['Tư', 'tự', 'tử', 'Tu\u031b']);
    expect(words(text, '"tư phap"')).toEqual(['Tư pháp', 'Tu\u031b pha\u0301p']);
    expect(words(text, '"tự pháp"')).toEqual([]);
  });

  it("reads a word's marks from its own letters, beside Thai, punctuation and invisible characters", () => {
    const text = 'ศาลnạn, (nạn) nan NẠN na\u0323n\u00ad Nạn\u200bnhân';
    expect(words(text, 'nạn')).toEqual(['nạn', 'nạn', 'NẠN', 'na\u0323n\u00ad', 'Nạn']);
    expect(words(text, 'nan')).toEqual(['nạn', 'nạn', 'nan', 'NẠN', 'na\u0323n\u00ad', 'Nạn']);
    expect(words(text, '"nạn nhân"')).toEqual(['Nạn\u200bnhân']);
    expect(words(text, '"nàn nhân"')).toEqual([]);
  });

  it('treats đ and vowel hats as marks: d finds d and đ, đ finds đ only', () => {
    const text = 'đo đạc, do dự, bán bản';
    expect(words(text, 'do')).toEqual(['đo', 'do']);
    expect(words(text, 'đo')).toEqual(['đo']);
    expect(words(text, 'bản')).toEqual(['bản']);
  });

  it('says which term each match is of', () => {
    const q = shownTerms(parseQuery('evidence court'));
    expect(matchTerms('court evidence', q).map((m) => m.term)).toEqual([1, 0]);
  });

  it('matches Thai, Lao, Khmer and Burmese whole words, and inside longer words as not whole', () => {
    const found = matchTerms('ສານ ເອກະສານ ປະສານງານ', shownTerms(parseQuery('ສານ')));
    expect(found.map((m) => m.whole)).toEqual([true, false, false]);
  });

  it('finds every whole word of a text of many clauses, though it cuts only the clauses holding the word', () => {
    const clauses = (['th', 'lo', 'km', 'my'] as const).flatMap((language) => {
      const sample = SAMPLES[language];
      return [sample.slice(0, 20), sample.slice(20, 45), sample.slice(45)];
    });
    for (let shift = 0; shift < clauses.length; shift += 3) {
      const text = [...clauses.slice(shift), ...clauses.slice(0, shift)].join(' ');
      const indexed = splitWords(normalise(text));
      for (const word of new Set(indexed.filter((w) => w.length > 1))) {
        const found = matchTerms(text, shownTerms(parseQuery(word)));
        const whole = found.filter((m) => m.whole);
        expect(whole.length).toBe(indexed.filter((w) => w === word).length);
        for (const m of whole) expect(normalise(text.slice(m.start, m.end))).toBe(word);
      }
    }
  });

  it('matches what is typed in "find in this document" as a phrase with an unfinished last word', () => {
    const term = findTerm('digital evid');
    expect(term && matchTerms('digital evidence, evidence', [term]).length).toBe(1);
    expect(findTerm('')).toBeNull();
  });

  it('refuses a text that is not a string', () => {
    expect(() => matchTerms(null as unknown as string, [])).toThrow(/string/);
  });
});

describe('mergeMatches', () => {
  it('joins overlapping matches, whole when any of them is', () => {
    expect(
      mergeMatches([
        { start: 0, end: 5, term: 0, whole: false },
        { start: 2, end: 8, term: 1, whole: true },
        { start: 8, end: 9, term: 0, whole: false },
      ]),
    ).toEqual([
      { start: 0, end: 8, whole: true },
      { start: 8, end: 9, whole: false },
    ]);
  });
});
