import { describe, expect, it } from 'vitest';
import { exactIndexText, exactToken, exactWordsOf } from '#shared/text/exact.ts';
import { normalise, normaliseExact } from '#shared/text/normalise.ts';
import { splitWords } from '#shared/text/words.ts';
import { seededRandom } from '#scripts/seeded-random.ts';
import { randomText } from './random.ts';
import { SAMPLES } from './samples.ts';

const exactOf = (text: string) => exactWordsOf(text, splitWords(normalise(text)));

describe('the exact form', () => {
  it('keeps tone marks, vowel hats and đ, in NFC, and folds case and compatibility forms', () => {
    expect(normaliseExact('Tư Pháp ĐỒNG ﬁnal Straße')).toBe('tư pháp đồng final strasse');
    expect(normaliseExact('Tu\u031b pha\u0301p')).toBe('tư pháp');
  });

  it("cuts the region's text into the same words as the folded form, composed or not", () => {
    const rand = seededRandom(7);
    const pieces = Object.values(SAMPLES);
    const slice = () => {
      const piece = pieces[Math.floor(rand() * pieces.length)] ?? '';
      const from = Math.floor(rand() * piece.length);
      return piece.slice(from, from + 1 + Math.floor(rand() * 40));
    };
    for (let k = 0; k < 400; k++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 6) }, slice).join(' ');
      for (const form of [text, text.normalize('NFD')]) {
        expect(splitWords(normaliseExact(form)).length, JSON.stringify(form)).toBe(
          splitWords(normalise(form)).length,
        );
      }
    }
  });

  it('gives no exact words, rather than misplaced ones, where the two forms cut a text apart', () => {
    const rand = seededRandom(7);
    const pieces = Object.values(SAMPLES);
    for (let k = 0; k < 400; k++) {
      const text = randomText(rand, pieces);
      const words = splitWords(normalise(text));
      const exact = exactWordsOf(text, words);
      if (exact !== null) expect(exact.length).toBe(words.length);
    }
    // A Thai vowel sign and a Latin accent on one Latin letter: the accent is a word of its own
    // once kept.
    expect(exactOf('ǅ\u0e38\u0308ษย์')).toBeNull();
  });

  it('gives the exact words only when some word carries a mark', () => {
    expect(exactOf('tư pháp và dân sự')).toEqual(['tư', 'pháp', 'và', 'dân', 'sự']);
    expect(exactOf('plain English text')).toBeNull();
    expect(exactOf('ผู้เสียหาย Αθήνα')).toBeNull();
  });
});

describe('the exact column', () => {
  it('holds each word as its folded form, a separator and its marked form', () => {
    expect(exactToken('tu', 'tư')).toBe('tu\ue000tư');
    expect(exactToken('va', 'va')).toBe('va\ue000');
    const text = 'Tư pháp, va';
    expect(exactIndexText(text, normalise(text))).toBe('tu\ue000tư phap\ue000pháp va\ue000');
  });

  it('is empty for a text without marked words, unless asked for always', () => {
    expect(exactIndexText('Digital evidence', 'digital evidence')).toBe('');
    expect(exactIndexText('Digital evidence', 'digital evidence', true)).toBe(
      'digital\ue000 evidence\ue000',
    );
  });
});
