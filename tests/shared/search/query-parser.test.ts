import { describe, expect, it } from 'vitest';
import {
  isEmptyQuery,
  parseQuery,
  queryTerms,
  typedAsPrefix,
  type ParsedQuery,
  type Term,
} from '#shared/search/query-parser.ts';
import { seededRandom } from '#scripts/seeded-random.ts';
import { randomText } from '../text/random.ts';
import { SAMPLES } from '../text/samples.ts';

function words(q: ParsedQuery): string[][] {
  return q.required.map((group) => group.map((t) => t.words.join(' ')));
}

function only(q: ParsedQuery): Term {
  const term = q.required[0]?.[0];
  if (term === undefined) throw new Error('no term');
  return term;
}

describe('parseQuery', () => {
  it('ANDs words by default and normalises them', () => {
    expect(words(parseQuery('Forced  LABOUR'))).toEqual([['forced'], ['labour']]);
    expect(words(parseQuery('Đồng Nai'))).toEqual([['dong'], ['nai']]);
  });

  it('reads quoted phrases, closing an unbalanced quote at the end', () => {
    expect(words(parseQuery('"debt bondage" fishing'))).toEqual([['debt bondage'], ['fishing']]);
    expect(words(parseQuery('"debt bondage'))).toEqual([['debt bondage']]);
    expect(only(parseQuery('"victims"')).variants).toEqual([]);
    expect(words(parseQuery('\u201cdebt bondage\u201d fishing'))).toEqual([
      ['debt bondage'],
      ['fishing'],
    ]);
  });

  it('marks prefixes and ignores a star alone', () => {
    const q = parseQuery('traffick* * **');
    expect(q.required).toHaveLength(1);
    expect(only(q)).toMatchObject({ words: ['traffick'], prefix: true, variants: [] });
    expect(only(parseQuery('"forced lab"*'))).toMatchObject({
      words: ['forced', 'lab'],
      prefix: true,
    });
  });

  it('collects exclusions from -word, -"phrase" and NOT, ignoring a lone minus', () => {
    const q = parseQuery('labour -fishing -"sex work" NOT child - ');
    expect(words(q)).toEqual([['labour']]);
    expect(q.excluded.map((t) => t.words.join(' '))).toEqual(['fishing', 'sex work', 'child']);
  });

  it('keeps a hyphen inside a word as a phrase of its parts', () => {
    expect(only(parseQuery('anti-trafficking')).words).toEqual(['anti', 'trafficking']);
  });

  it('groups terms joined by OR or |', () => {
    expect(words(parseQuery('victim OR survivor | witness court'))).toEqual([
      ['victim', 'survivor', 'witness'],
      ['court'],
    ]);
    expect(words(parseQuery('OR OR victim OR OR'))).toEqual([['victim']]);
    expect(words(parseQuery('or'))).toEqual([['or']]);
  });

  it('treats parentheses as separators', () => {
    expect(words(parseQuery('(victim OR survivor) court'))).toEqual([
      ['victim', 'survivor'],
      ['court'],
    ]);
  });

  it('turns FTS5 syntax into plain words', () => {
    expect(words(parseQuery('NEAR(a b) title:x ^y {body}'))).toEqual([
      ['near'],
      ['a'],
      ['b'],
      ['title x'],
      ['y'],
      ['body'],
    ]);
  });

  it('adds English singular and plural forms to lone unquoted words', () => {
    expect(only(parseQuery('victims')).variants).toEqual(['victim']);
    expect(only(parseQuery('victim')).variants).toEqual(['victims']);
    expect(only(parseQuery('policies')).variants).toEqual(['policy']);
    expect(only(parseQuery('policy')).variants).toEqual(['policies']);
    expect(only(parseQuery('witness')).variants).toEqual(['witnesses']);
    expect(only(parseQuery('witnesses')).variants).toEqual(['witnesse', 'witness']);
  });

  it('makes a SEA term a phrase of its segmented words with its grapheme clusters', () => {
    const term = only(parseQuery('การค้ามนุษย์'));
    expect(term.words).toEqual(['การ', 'ค้า', 'มนุษย์']);
    expect(term.sea).toEqual(['ก', 'า', 'ร', 'ค้', 'า', 'ม', 'นุ', 'ษ', 'ย์']);
    expect(term.variants).toEqual([]);
    expect(only(parseQuery('"ILO ไทย"')).sea).toEqual([]);
  });

  it('keeps the exact form of words typed with marks, composed or not', () => {
    expect(only(parseQuery('tư')).exact).toEqual(['tư']);
    expect(only(parseQuery('Tu\u031b')).exact).toEqual(['tư']);
    expect(only(parseQuery('"tư phap"')).exact).toEqual(['tư', '']);
    expect(only(parseQuery('đ')).exact).toEqual(['đ']);
    expect(only(parseQuery('tu')).exact).toBeUndefined();
    expect(only(parseQuery('Straße')).exact).toBeUndefined();
    expect(only(parseQuery('ผู้เสียหาย')).exact).toBeUndefined();
    // A prefix's last word is matched by its letters.
    expect(only(parseQuery('tư*')).exact).toBeUndefined();
    expect(only(parseQuery('"pháp tư"*')).exact).toEqual(['pháp', '']);
  });

  it('keeps a word typed with marks apart from the same letters typed without', () => {
    expect(parseQuery('tư tu').required).toHaveLength(2);
    expect(parseQuery('tư tư').required).toHaveLength(1);
  });

  it('drops duplicate terms and groups', () => {
    expect(words(parseQuery('court Court COURT victim OR victim'))).toEqual([
      ['court'],
      ['victim'],
    ]);
  });

  it('never throws, whatever the input', () => {
    const rand = seededRandom(7);
    const pieces = Object.values(SAMPLES);
    for (let k = 0; k < 300; k++) {
      const q = parseQuery(randomText(rand, pieces));
      for (const term of [...q.required.flat(), ...q.excluded]) {
        expect(term.words.length).toBeGreaterThan(0);
        for (const word of term.words) expect(word).toMatch(/^[\p{L}\p{N}\p{Co}\p{M}]+$/u);
      }
    }
  });

  it('bounds the size of a pasted text', () => {
    const q = parseQuery('word '.repeat(5000));
    expect(q.required.length).toBe(1);
    const many = parseQuery(Array.from({ length: 100 }, (_, k) => `w${k}`).join(' '));
    expect(many.required.length).toBe(32);
  });

  it('rejects a value that is not a string', () => {
    expect(() => parseQuery(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('queryTerms and isEmptyQuery', () => {
  it('lists the normalised words and phrases to highlight, not the excluded ones', () => {
    expect(queryTerms(parseQuery('"Debt Bondage" victims -fishing'))).toEqual([
      'debt bondage',
      'victims',
      'victim',
    ]);
  });

  it('tells an empty query', () => {
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery(' * - OR ( ) | "" '))).toBe(true);
    expect(isEmptyQuery(parseQuery('-fishing'))).toBe(false);
  });
});

describe('a query being typed', () => {
  const prefixes = (q: ParsedQuery) => q.required.map((group) => group.map((t) => t.prefix));

  it('reads the last word as a prefix only while nothing follows it', () => {
    expect(prefixes(parseQuery('digital evid', { typing: true }))).toEqual([[false], [true]]);
    expect(prefixes(parseQuery('digital evid ', { typing: true }))).toEqual([[false], [false]]);
    expect(prefixes(parseQuery('digital evid'))).toEqual([[false], [false]]);
    expect(only(parseQuery('digi', { typing: true })).variants).toEqual([]);
  });

  it('reads an open quote as a phrase being typed, and a closed one as finished', () => {
    expect(only(parseQuery('"debt bond', { typing: true })).prefix).toBe(true);
    expect(only(parseQuery('"debt bond"', { typing: true })).prefix).toBe(false);
  });

  it('keeps an excluded word exact and an operator an operator', () => {
    const q = parseQuery('evidence -fish', { typing: true });
    expect(q.excluded.map((t) => [t.words, t.prefix])).toEqual([[['fish'], false]]);
    expect(prefixes(parseQuery('fishing OR', { typing: true }))).toEqual([[false]]);
  });

  it('keeps statute numbers such as 21/2007 as their words', () => {
    expect(words(parseQuery('21/2007'))).toEqual(words(parseQuery('21/2007', { typing: true })));
    expect(only(parseQuery('21/2007', { typing: true })).prefix).toBe(true);
  });

  it('writes the word being typed with its * for links that carry the query on', () => {
    expect(typedAsPrefix('digital evid')).toBe('digital evid*');
    expect(typedAsPrefix('digital evid ')).toBe('digital evid ');
    expect(typedAsPrefix('"debt bond')).toBe('"debt bond"*');
    expect(typedAsPrefix('evidence -fish')).toBe('evidence -fish');
    expect(typedAsPrefix('confisc*')).toBe('confisc*');
    expect(typedAsPrefix('21/2007')).toBe('21/2007*');
    for (const input of ['digital evid', '"debt bond', 'a -b', '21/2007', 'x OR']) {
      expect(parseQuery(typedAsPrefix(input)), input).toEqual(parseQuery(input, { typing: true }));
    }
  });
});
