import { describe, expect, it } from 'vitest';
import { indexPage } from '#core/ingest/index-page.ts';
import { indexOcrPage, ocrPageText } from '#core/ingest/ocr-page-text.ts';
import { openLibraryDb } from '#core/db/open-database.ts';
import { readOcrPage, writeOcrPage } from '#core/store/library/ocr-pages.ts';
import type { OcrWord } from '#shared/ocr-types.ts';

const word = (text: string, x0: number, y0: number, x1: number, y1: number): OcrWord => ({
  text,
  box: [x0, y0, x1, y1],
  confidence: 90,
});

describe('the text of a scanned page from its recognised words', () => {
  it('reads lines top to bottom and words left to right, whatever order they come in', () => {
    const words = [
      word('protection', 120, 52, 220, 70),
      word('Victim', 10, 10, 70, 30),
      word('Witness', 10, 50, 100, 72),
      word('rights', 80, 12, 140, 31),
    ];
    expect(ocrPageText(words)).toBe('Victim rights\nWitness protection');
  });

  it('joins words of scripts written without spaces unless the gap is a real space', () => {
    // Two Khmer words close together are one phrase; a wide gap is a space the writer typed.
    const words = [
      word('ការពារ', 10, 10, 60, 30),
      word('ជនរងគ្រោះ', 63, 10, 130, 30),
      word('UNODC', 135, 10, 190, 30),
      word('ច្បាប់', 210, 10, 250, 30),
    ];
    expect(ocrPageText(words)).toBe('ការពារជនរងគ្រោះ UNODC ច្បាប់');
  });

  it('leaves out empty words and reads an empty page as no text', () => {
    expect(ocrPageText([word(' ', 0, 0, 5, 5)])).toBe('');
    expect(ocrPageText([])).toBe('');
  });

  it('indexes the rebuilt text by the same path as a born-digital page', () => {
    const words = [word('Trafficking', 0, 0, 90, 20), word('victims', 95, 0, 150, 20)];
    expect(indexOcrPage(words, 'iv')).toEqual(indexPage('Trafficking victims', 'iv'));
  });

  it("rebuilds a page's index from the stored words, without the image", () => {
    const db = openLibraryDb(':memory:');
    const words = [word('ការពារ', 10, 10, 60, 30), word('ជនរងគ្រោះ', 62, 10, 130, 30)];
    writeOcrPage(db, 'f', 1, {
      text: 'ignored',
      words,
      confidence: 80,
      width: 300,
      height: 400,
      languages: ['khm'],
      model: 'm',
    });
    const stored = readOcrPage(db, 'f', 1);
    expect(indexOcrPage(stored?.words ?? [])).toEqual(indexPage('ការពារជនរងគ្រោះ'));
  });
});
