// Weighing trial readings: the reading full of its language's common words wins, a confident
// reading of the wrong script does not, and no clear winner leaves a guess marked unsure.
import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  commonWordLetters,
  settles,
  weighTrial,
} from '#core/ocr/language-trials.ts';
import { languageDefaulted } from '#core/ingest/file-language.ts';
import { guessLanguage } from '#core/ingest/detect-language.ts';

const INSTALLED = new Set(['en', 'vi', 'th', 'lo', 'km', 'my', 'id', 'ms', 'fil']);
const reading = (language: string, text: string, confidence: number) => {
  const trial = weighTrial({ language, text, confidence, ms: 10 });
  return { trial, text };
};

describe('weighing trial readings', () => {
  it('counts the letters that stand in common words, inside runs for scripts without spaces', () => {
    expect(commonWordLetters('th', 'ผู้เสียหายและการ')).toEqual({ letters: 16, commonWords: 6 });
    expect(commonWordLetters('vi', 'The victims and the court')).toEqual({
      letters: 21,
      commonWords: 9,
    });
  });

  it('prefers the reading made of its common words over a more confident wrong script', () => {
    const lao = reading('lo', 'ການພິຈາລະນາຄະດີການຄ້າມະນຸດ ແລະ ຄວາມປອດໄພຂອງຜູ້ເຄາະຮ້າຍ', 51);
    const thai = reading('th', 'ภามพิจาละมาคะดีภามค้ามะมุด และ คอามปอดไพยอวผู้เคาะร้าย', 84);
    expect(settles(lao.trial)).toBe(true);
    expect(chooseLanguage([thai, lao], INSTALLED, 5)).toMatchObject({ language: 'lo', sure: true });
  });

  it('names a Latin reading with the text detector, English when it cannot tell', () => {
    const english = reading(
      'vi',
      'Front-line officers are often the first to meet victims of trafficking in the region',
      90,
    );
    expect(chooseLanguage([english], INSTALLED, 5)).toMatchObject({ language: 'en', sure: true });
    const vietnamese = reading(
      'vi',
      'Dữ liệu điện tử là nguồn chứng cứ của các vụ án và người bị hại',
      95,
    );
    expect(chooseLanguage([vietnamese], INSTALLED, 5)).toMatchObject({
      language: 'vi',
      sure: true,
    });
  });

  it('keeps the most confident, best-formed guess, unsure, when no reading has common words', () => {
    const a = reading('th', 'ภถฦ ฆฌญ', 60);
    const b = reading('km', 'ខគឃ ងចឆ', 30);
    expect(chooseLanguage([b, a], INSTALLED, 5)).toMatchObject({ language: 'th', sure: false });
    expect(chooseLanguage([], INSTALLED, 5)).toMatchObject({ language: 'en', sure: false });
  });

  it('is unsure, guessing the one with more common words, when two readings both have many', () => {
    const thai = reading('th', 'การและของการที่ภถฦ', 70);
    const lao = reading('lo', 'ການແລະຂອງການກຂຄງ', 50);
    expect(chooseLanguage([thai, lao], INSTALLED, 5)).toMatchObject({
      language: 'th',
      sure: false,
    });
  });
});

describe('a language that is only a default', () => {
  it('is one neither the text nor the declaration names', () => {
    expect(languageDefaulted(null, guessLanguage(''))).toBe(true);
    expect(languageDefaulted('th-TH', guessLanguage(''))).toBe(false);
    expect(languageDefaulted('x-unknown', guessLanguage(''))).toBe(true);
    expect(languageDefaulted(null, guessLanguage('ผู้เสียหายส่วนใหญ่ถูกหลอกลวงด้วยประกาศรับสมัครงาน'))).toBe(
      false,
    );
  });
});
