import { describe, expect, it } from 'vitest';
import {
  hasSeaScript,
  isLatinCodePoint,
  isMarkCodePoint,
  isTokenCodePoint,
  seaScriptOf,
} from '#shared/text/scripts.ts';

const cp = (ch: string): number => ch.codePointAt(0) ?? 0;

describe('script helpers', () => {
  it('names the SEA script of a character', () => {
    expect(seaScriptOf(cp('ก'))).toBe('thai');
    expect(seaScriptOf(cp('ກ'))).toBe('lao');
    expect(seaScriptOf(cp('ក'))).toBe('khmer');
    expect(seaScriptOf(cp('က'))).toBe('myanmar');
    expect(seaScriptOf(cp('ꩠ'))).toBe('myanmar');
    expect(seaScriptOf(cp('a'))).toBeNull();
    expect(seaScriptOf(cp('ạ'))).toBeNull();
  });

  it('tells whether a text holds any SEA script', () => {
    expect(hasSeaScript('Hà Nội, Indonesia')).toBe(false);
    expect(hasSeaScript('ILO ไทย')).toBe(true);
  });

  it('classifies token characters like the FTS5 tokenizer categories L* N* Co M*', () => {
    for (const ch of ['a', 'Z', '7', 'ạ', 'ค', '\u0e48', '\u17d2', '\u103a', '\ue000', '٣', 'ß']) {
      expect(isTokenCodePoint(cp(ch)), ch).toBe(true);
    }
    for (const ch of [' ', '-', '"', '*', '។', '။', '😀', '\u200b', '_']) {
      expect(isTokenCodePoint(cp(ch)), ch).toBe(false);
    }
  });

  it('knows combining marks and Latin letters', () => {
    expect(isMarkCodePoint(0x0301)).toBe(true);
    expect(isMarkCodePoint(cp('ั'))).toBe(true);
    expect(isMarkCodePoint(cp('a'))).toBe(false);
    expect(isLatinCodePoint(cp('ơ'))).toBe(true);
    expect(isLatinCodePoint(cp('ш'))).toBe(false);
  });
});
