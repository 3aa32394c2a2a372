import { describe, expect, it } from 'vitest';
import { parseQuery } from '#shared/search/query-parser.ts';
import { findMatches, makeSnippet } from '#core/search/snippet.ts';
import type { TextRun } from '#shared/types.ts';
import { seededRandom } from '#scripts/seeded-random.ts';
import { randomText } from '../../shared/text/random.ts';
import { SAMPLES } from '../../shared/text/samples.ts';

function found(original: string, query: string): string[] {
  return findMatches(original, parseQuery(query)).map(({ start, end }) =>
    original.slice(start, end),
  );
}

function hits(runs: TextRun[]): string[] {
  return runs.filter((r) => r.hit).map((r) => r.text);
}

function joined(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

const LONG_PAGE =
  'Chapter 3. Identification of victims. ' +
  'General guidance on interviews is given in chapter two and is not repeated here. '.repeat(6) +
  'Prosecutors should screen every migrant worker found on a fishing vessel for indicators of ' +
  'forced labour, and refer presumed victims to protection services without delay. ' +
  'Annex tables list the agencies responsible in each province. '.repeat(6);

describe('findMatches', () => {
  it('finds words whatever their case, with singular and plural forms', () => {
    expect(found('Victims and a VICTIM; victimisation.', 'victim')).toEqual(['Victims', 'VICTIM']);
  });

  it('finds phrases across punctuation and line breaks, and prefixes', () => {
    expect(found('forced\nlabour and labour forced', '"forced labour"')).toEqual([
      'forced\nlabour',
    ]);
    expect(found('Trafficking and traffickers', 'traffick*')).toEqual([
      'Trafficking',
      'traffickers',
    ]);
  });

  it('maps Vietnamese hits typed without tone marks to the original letters', () => {
    expect(found(SAMPLES.vi, 'dong nai nan nhan')).toEqual(['Đồng', 'Nai', 'nạn', 'nhân']);
    expect(found('Tỉnh ĐỒNG NAI', '"dong nai"')).toEqual(['ĐỒNG NAI']);
    expect(found('ca\u0301c na\u0323n nhân', 'nan')).toEqual(['na\u0323n']);
  });

  it('finds SEA words inside sentences by substring, never ending inside a cluster', () => {
    expect(found(SAMPLES.th, 'ค้ามนุษย์')).toEqual(['ค้ามนุษย์']);
    expect(found(SAMPLES.lo, 'ຄ້າມະນຸດ')).toEqual(['ຄ້າມະນຸດ']);
    expect(found(SAMPLES.km, 'បាត់ដំបង')).toEqual(['បាត់ដំបង']);
    expect(found(SAMPLES.my, 'လူကုန်ကူးမှု')).toEqual(['လူကုန်ကူးမှု']);
    expect(found('ที่ ที่', 'ท')).toEqual(['ที่', 'ที่']);
  });

  it('maps hits through compatibility characters and invisible characters', () => {
    expect(found('The ﬁle was ﬁled.', 'file')).toEqual(['ﬁle']);
    expect(found('traf\u00adficking', 'trafficking')).toEqual(['traf\u00adficking']);
  });

  it('merges overlapping matches and ignores excluded terms', () => {
    expect(found('debt bondage', '"debt bondage" bondage -debt')).toEqual(['debt bondage']);
  });

  it('finds nothing for an empty query or text', () => {
    expect(findMatches('some text', parseQuery(''))).toEqual([]);
    expect(findMatches('', parseQuery('text'))).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('chooses the window with the most distinct terms', () => {
    const runs = makeSnippet(LONG_PAGE, parseQuery('victims forced fishing'));
    expect(hits(runs)).toEqual(['fishing', 'forced', 'victims']);
    const text = joined(runs);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(200 + 2 * 20 + 2);
  });

  it('takes the first window with the most distinct terms, not the one with most hits', () => {
    const page =
      'The first note on shelters comes early. ' +
      'Filler about other matters entirely. '.repeat(40) +
      'Shelters, shelters and more shelters: shelters everywhere. ' +
      'More filler text without the word. '.repeat(10);
    const runs = makeSnippet(page, parseQuery('shelters'), 60);
    expect(joined(runs)).toContain('note on shelters comes early');
    expect(hits(runs)).toEqual(['shelters']);
  });

  it('reads a long page part by part and cuts the snippet the whole text gives', () => {
    const rand = seededRandom(11);
    const pieces = [
      ...Object.values(SAMPLES),
      'debt bondage',
      'forced\n\nlabour, fishing',
      'victims of forced labour on a fishing vessel',
    ];
    const queries = ['victims', 'debt bondage', 'forced labour fishing', 'victim* OR vessel'];
    const sampleWords = Object.values(SAMPLES).map((text) => text.split(/\s+/)[1] ?? '');
    for (let k = 0; k < 150; k++) {
      const page = randomText(rand, pieces, 300);
      const query =
        k % 2 === 0 ? queries[k % queries.length]! : sampleWords[k % sampleWords.length]!;
      const q = parseQuery(query);
      const whole = makeSnippet(page, q, 120, Infinity);
      // Small parts put many part boundaries inside matches and phrases.
      for (const firstPart of [40, 300, 600]) {
        expect(makeSnippet(page, q, 120, firstPart)).toEqual(whole);
      }
    }
  });

  it('finds a match wherever a part read ends inside it', () => {
    const cases = [
      { query: '"debt bondage"', middle: 'held in debt, bondage for years', filler: 'word ' },
      { query: 'forced labour', middle: 'forced\n  labour', filler: 'a b, ' },
      // Letters of a Lao word across a space are found inside the text without its spaces.
      { query: 'ເອກະສານ', middle: 'ເອກະ ສານ', filler: 'ແລະ ' },
    ];
    for (const { query, middle, filler } of cases) {
      const q = parseQuery(query);
      for (let before = 0; before < 12; before++) {
        const page = filler.repeat(before) + middle + ' ' + filler.repeat(60);
        const whole = makeSnippet(page, q, 40, Infinity);
        expect(hits(whole).length).toBeGreaterThan(0);
        for (let firstPart = 1; firstPart < 50; firstPart++) {
          expect(makeSnippet(page, q, 40, firstPart)).toEqual(whole);
        }
      }
    }
  });

  it('cuts at spaces and collapses whitespace', () => {
    const runs = makeSnippet(LONG_PAGE, parseQuery('prosecutors'), 80);
    const text = joined(runs);
    expect(text).not.toMatch(/\s{2}/);
    const inner = text.replace(/^…/, '').replace(/…$/, '');
    expect(LONG_PAGE.includes(inner)).toBe(true);
    expect(LONG_PAGE[LONG_PAGE.indexOf(inner) - 1]).toBe(' ');
    expect([' ', undefined]).toContain(LONG_PAGE[LONG_PAGE.indexOf(inner) + inner.length]);
  });

  it('shows the start of the text when nothing matches', () => {
    const runs = makeSnippet(LONG_PAGE, parseQuery('nothing-here'), 50);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.hit).toBe(false);
    expect(runs[0]?.text).toBe('Chapter 3. Identification of victims. General guidance…');
    expect(makeSnippet('', parseQuery('x'))).toEqual([]);
  });

  it('returns the whole short text with hits marked and no ellipsis', () => {
    expect(makeSnippet('Protect   the\nvictims.', parseQuery('victim'))).toEqual([
      { text: 'Protect the ', hit: false },
      { text: 'victims', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('marks SEA hits in text without spaces and cuts on cluster boundaries', () => {
    const page = SAMPLES.km.repeat(8);
    const runs = makeSnippet(page, parseQuery('មហាផ្ទៃ'), 60);
    expect(hits(runs).every((h) => h === 'មហាផ្ទៃ')).toBe(true);
    expect(hits(runs).length).toBeGreaterThan(0);
    const inner = joined(runs).replace(/^…/, '').replace(/…$/, '');
    expect(page.includes(inner)).toBe(true);
    expect(inner.codePointAt(0)).not.toBe(0x17d2);
    expect(/^\p{M}/u.test(inner)).toBe(false);
  });

  it('marks apart a Thai, Lao, Khmer or Burmese term found only inside a longer word', () => {
    expect(makeSnippet('ສານ ແລະ ເອກະສານ', parseQuery('ສານ'))).toEqual([
      { text: 'ສານ', hit: true },
      { text: ' ແລະ ເອກະ', hit: false },
      { text: 'ສານ', hit: true, inside: true },
    ]);
  });

  it('drops characters a reader should not see', () => {
    expect(joined(makeSnippet('vic\u0000tim\ufffd care', parseQuery('care')))).toBe('victim care');
  });

  it('never throws and keeps hits inside the text for random input', () => {
    const rand = seededRandom(3);
    const pieces = Object.values(SAMPLES);
    for (let k = 0; k < 200; k++) {
      const page = randomText(rand, pieces, 40);
      const q = parseQuery(randomText(rand, pieces, 4));
      for (const { start, end } of findMatches(page, q)) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(page.length);
      }
      expect(() => makeSnippet(page, q, 1 + Math.floor(rand() * 120))).not.toThrow();
    }
  });

  it('rejects invalid arguments', () => {
    expect(() => makeSnippet('text', parseQuery('x'), 0)).toThrow(RangeError);
    expect(() => makeSnippet(null as unknown as string, parseQuery('x'))).toThrow(TypeError);
  });
});
