import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithMap, seaClusters } from '#shared/text/normalise.ts';
import { splitWords } from '#shared/text/words.ts';
import { seededRandom } from '#scripts/seeded-random.ts';
import { randomText } from './random.ts';
import { SAMPLES } from './samples.ts';

const ALL_SAMPLES = Object.values(SAMPLES);

describe('normalise', () => {
  it('lower-cases ASCII text and keeps its length', () => {
    expect(normalise('Human TRAFFICKING, 2024.')).toBe('human trafficking, 2024.');
  });

  it('folds Vietnamese tone marks and đ, composed or decomposed', () => {
    expect(normalise('Đồng Nai bảo vệ nạn nhân')).toBe('dong nai bao ve nan nhan');
    expect(normalise('Đồng Nai bảo vệ nạn nhân'.normalize('NFD'))).toBe('dong nai bao ve nan nhan');
    expect(normalise('TRƯỜNG HỢP Ở ĐÂY')).toBe('truong hop o day');
  });

  it('applies NFKC and full case folding', () => {
    expect(normalise('Straße ẞ')).toBe('strasse ss');
    expect(normalise('ﬁle Ａｂｃ ① ㎏')).toBe('file abc 1 kg');
    expect(normalise('İstanbul')).toBe('istanbul');
    expect(normalise('ΟΔΟΣ')).toBe(normalise('οδος'));
  });

  it('keeps the marks of scripts other than Latin', () => {
    expect(normalise('й')).toBe('й');
    expect(normalise('и\u0306')).toBe('й');
    expect(normalise('ที่ ເປັນ មនុស្ស မြန်မာ').replaceAll(' ', '')).toBe('ที่ເປັນមនុស្សမြန်မာ');
  });

  it('drops invisible characters and turns zero-width spaces and controls into spaces', () => {
    expect(normalise('a\u0000b\ufffdc\u00add\u200de\ufeff')).toBe('abcde');
    expect(normalise('one\u200btwo\tthree\u0007four')).toBe('one two three four');
    expect(normalise('line\r\nnext\u2028last')).toBe('line \nnext\nlast');
  });

  it('keeps Thai SARA AM composed so that the segmenter finds dictionary words', () => {
    expect(normalise('ท\u0e4d\u0e32งาน')).toBe(normalise('ทำงาน'));
    expect(normalise('ທ\u0ecd\u0eb2')).toBe('ທຳ');
  });

  it('cuts Thai, Lao, Khmer and Burmese into words joined by single spaces', () => {
    expect(normalise('การค้ามนุษย์')).toBe('การ ค้า มนุษย์');
    for (const lang of ['th', 'lo', 'km', 'my'] as const) {
      const words = splitWords(normalise(SAMPLES[lang]));
      expect(words.length).toBeGreaterThan(3);
      expect(normalise(SAMPLES[lang])).not.toMatch(/ {2}/);
    }
  });

  it('turns the zero-width space between Khmer words into a space', () => {
    expect(normalise('ការជួញដូរ\u200bមនុស្ស')).toBe('ការ ជួញដូរ មនុស្ស');
  });

  it('separates SEA runs from adjacent letters and digits of other scripts', () => {
    expect(normalise('ILOไทย2560')).toBe('ilo ไทย 2560');
    expect(normalise('(ไทย)')).toBe('(ไทย)');
  });

  it('segments runs longer than the segmenter input limit without losing text', () => {
    const long = SAMPLES.th.repeat(200);
    const out = normalise(long);
    expect(out.replaceAll(' ', '')).toBe(long);
    expect(splitWords(out).length).toBeGreaterThan(1000);
  });

  it('is idempotent on text without SEA scripts', () => {
    for (const text of [SAMPLES.en, SAMPLES.vi, SAMPLES.id, SAMPLES.fil, 'Straße ﬁ İ Ω']) {
      expect(normalise(normalise(text))).toBe(normalise(text));
    }
  });

  it('rejects a value that is not a string', () => {
    expect(() => normalise(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe('normaliseWithMap', () => {
  it('cuts only the runs of Thai, Lao, Khmer and Burmese it is asked to, each as normalise() cuts it', () => {
    const [first, second] = [SAMPLES.th, SAMPLES.lo];
    const original = `${first} ${second}`;
    const { text, map } = normaliseWithMap(original, (run) => run === second);
    expect(text).toBe(`${first} ${normalise(second)}`);
    expect(map.length).toBe(text.length);
    expect(original[map[text.length - 1]!]).toBe(second.at(-1));
  });

  function checkMap(original: string): void {
    const { text, map } = normaliseWithMap(original);
    expect(text).toBe(normalise(original));
    expect(map.length).toBe(text.length);
    let previous = 0;
    for (const offset of map) {
      expect(offset).toBeGreaterThanOrEqual(previous);
      expect(offset).toBeLessThan(original.length);
      previous = offset;
    }
  }

  it('gives the same text as normalise for every sample language', () => {
    for (const sample of ALL_SAMPLES) checkMap(sample);
  });

  it('gives the same text as normalise for random mixes of the samples', () => {
    const rand = seededRandom(20240611);
    for (let k = 0; k < 400; k++) checkMap(randomText(rand, ALL_SAMPLES));
  });

  it('maps a word of the normalised text back to the original', () => {
    const original = 'Tỉnh Đồng Nai';
    const { text, map } = normaliseWithMap(original);
    const start = text.indexOf('dong');
    expect(original.slice(map[start], map[start + 4])).toBe('Đồng');
    const thai = 'คดีการค้ามนุษย์';
    const t = normaliseWithMap(thai);
    const at = t.text.indexOf('ค้า');
    expect(thai.slice(t.map[at], t.map[at + 3])).toBe('ค้า');
  });
});

describe('seaClusters', () => {
  it('keeps only SEA runs, cut into grapheme clusters', () => {
    expect(seaClusters('Human trafficking')).toBe('');
    expect(seaClusters('ILO ค้ามนุษย์ 2024 ສືບ')).toBe('ค้ า ม นุ ษ ย์ ສື ບ');
  });

  it('gives the same clusters for raw and normalised text', () => {
    for (const lang of ['th', 'lo', 'km', 'my'] as const) {
      expect(seaClusters(normalise(SAMPLES[lang]))).toBe(seaClusters(SAMPLES[lang]));
    }
  });
});
