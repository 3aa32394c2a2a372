import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  garbageShare,
  imageAreaShare,
  ocrReason,
  pagesNeedingOcr,
  runEvidence,
  scriptRuleBreaks,
} from '#core/ingest/needs-ocr.ts';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

describe('pages that need OCR, from their text', () => {
  it('asks for OCR where a page has no text', () => {
    expect(ocrReason({ text: '' }, 'en')).toBe('no-text');
    expect(ocrReason({ text: ' \n\t ' }, 'km')).toBe('no-text');
    expect(ocrReason({ text: 'Victims have the right to protection.' }, 'en')).toBeNull();
  });

  it('counts replacement, private-use and control characters as garbage', () => {
    expect(garbageShare('\uFFFD\uE001\u0007ab', 'en')).toBeCloseTo(3 / 5);
    expect(garbageShare('a\nb\tc', 'en')).toBe(0);
    expect(ocrReason({ text: '\uE000\uE001\uE002 text' }, 'en')).toBe('garbage');
  });

  it('counts letters outside the scripts of the document language as garbage', () => {
    // A Thai document whose font maps its glyphs to Khmer code points.
    expect(ocrReason({ text: 'កខគឃងចឆជ ภาษาไทย' }, 'th')).toBe('garbage');
    // Latin quotes are fine in every language; Thai in a Thai document is the point.
    expect(ocrReason({ text: 'ภาษาไทย UNODC 2024' }, 'th')).toBeNull();
    // Unknown languages take any script.
    expect(garbageShare('ភាសាខ្មែរ', 'und')).toBe(0);
    expect(garbageShare('ภาษาไทย', 'en')).toBe(1);
  });

  it('tells text that breaks its script rules', () => {
    // A Khmer subscript sign with nothing under it, three times.
    expect(scriptRuleBreaks('ក្ ខ្ គ្').breaks).toBe(3);
    expect(scriptRuleBreaks('ក្រសួង ស្ត្រី').breaks).toBe(0);
    // Thai and Lao marks with no consonant, a Burmese medial with no consonant.
    expect(scriptRuleBreaks(' \u0E48 \u0E34 \u0EC8').breaks).toBe(3);
    expect(scriptRuleBreaks('ที่นี่ ເວົ້າ').breaks).toBe(0);
    expect(scriptRuleBreaks(' \u103Ba').breaks).toBe(1);
    expect(scriptRuleBreaks('မြန်မာ ကျွန်ုပ်').breaks).toBe(0);
    expect(ocrReason({ text: 'ក្ ខ្ គ្ ក្រសួង' }, 'km')).toBe('broken-script');
  });

  it('counts the code points of text runs that stand for no character', () => {
    expect(runEvidence([{ str: 'ម្រា\u0013្ត' }, { str: ' ' }, { str: '\uFFFDa' }])).toEqual({
      drawnChars: 9,
      unmappedChars: 2,
    });
    expect(ocrReason({ text: 'ក', drawnChars: 100, unmappedChars: 5 }, 'km')).toBe('lost-letters');
    expect(ocrReason({ text: 'ក', drawnChars: 1000, unmappedChars: 5 }, 'km')).toBeNull();
    expect(ocrReason({ text: 'ក', drawnChars: 10, unmappedChars: 4 }, 'km')).toBeNull();
  });

  it('asks for OCR where an image covers most of a page with little text', () => {
    expect(ocrReason({ text: 'Scanned copy', imageShare: 0.9 }, 'en')).toBe('mostly-image');
    expect(ocrReason({ text: 'Scanned copy', imageShare: 0.2 }, 'en')).toBeNull();
    expect(ocrReason({ text: 'x'.repeat(400), imageShare: 0.9 }, 'en')).toBeNull();
  });

  it('measures the page area images cover, clipped to the page', () => {
    const page = [0, 0, 100, 200] as const;
    expect(imageAreaShare([[100, 0, 0, 200, 0, 0]], page)).toBe(1);
    expect(imageAreaShare([[50, 0, 0, 100, 0, 0]], page)).toBe(0.25);
    expect(imageAreaShare([[100, 0, 0, 100, 50, 150]], page)).toBe(0.125);
    // Drawn upside down (a negative scale), the same area.
    expect(imageAreaShare([[50, 0, 0, -100, 0, 100]], page)).toBe(0.25);
    expect(imageAreaShare([], page)).toBe(0);
  });

  it('lists the pages of a document with their reasons', () => {
    expect(
      pagesNeedingOcr([{ text: 'fine' }, { text: '' }, { text: '\uFFFD\uFFFD' }], 'en'),
    ).toEqual([
      { page: 2, reason: 'no-text' },
      { page: 3, reason: 'garbage' },
    ]);
  });
});

describe('pages that need OCR, in real PDFs', () => {
  const reasons = async (path: string, language: string) =>
    pagesNeedingOcr((await extractPdf(fixture(path))).evidence, language);

  it('a scanned page without a text layer', async () => {
    expect(await reasons('ocr/scanned-km.pdf', 'km')).toEqual([{ page: 1, reason: 'no-text' }]);
  });

  it('a scan under a typed caption', async () => {
    const pdf = await extractPdf(fixture('ocr/captioned-scan-km.pdf'));
    expect(pdf.pages[0]).toBe('Scanned copy, 2019');
    expect(pdf.evidence[0]?.imageShare).toBeCloseTo(1);
    expect(pagesNeedingOcr(pdf.evidence, 'km')).toEqual([{ page: 1, reason: 'mostly-image' }]);
  });

  it('an office-suite Khmer PDF whose glyphs map to control codes', async () => {
    const pdf = await extractPdf(fixture('office-pdf/km-victim-protection-standards.pdf'));
    const first = pdf.evidence[0];
    expect(first?.unmappedChars).toBeGreaterThan(100);
    expect(pagesNeedingOcr(pdf.evidence, 'km')).toContainEqual({
      page: 1,
      reason: 'lost-letters',
    });
  });

  it('leaves office-suite Thai and Lao PDFs, whose text is whole, to their text layer', async () => {
    expect(await reasons('office-pdf/th-trauma-informed-judging.pdf', 'th')).toEqual([]);
    expect(await reasons('office-pdf/lo-victim-sensitive-courts.pdf', 'lo')).toEqual([]);
  });
});
