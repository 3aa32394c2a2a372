import { describe, expect, it } from 'vitest';
import { splitWords, wordSpans } from '#shared/text/words.ts';

describe('words', () => {
  it('splits normalised text at everything but letters, numbers and marks', () => {
    expect(splitWords("anti-trafficking: l'exploitation, 2,500 ที่ ក្ស_x")).toEqual([
      'anti',
      'trafficking',
      'l',
      'exploitation',
      '2',
      '500',
      'ที่',
      'ក្ស',
      'x',
    ]);
    expect(splitWords(' -- ')).toEqual([]);
  });

  it('gives the offsets of each word', () => {
    expect(wordSpans('a bc')).toEqual([
      { word: 'a', start: 0, end: 1 },
      { word: 'bc', start: 2, end: 4 },
    ]);
  });
});
