// Whole words and every letter from Thai, Lao, Khmer and Burmese PDFs, held against the text they
// were printed from: PDFs printed by Chromium (the sample library's and the multilingual test
// library's) and by LibreOffice Writer (tests/fixtures/office-pdf, made by
// scripts/fixtures/make-office-pdfs.ts, and the multilingual library's LibreOffice exports).
// pdftotext's figures are printed beside the engine's for comparison.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText } from '#core/ingest/extract-markup.ts';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';
import {
  LIBRARY_DIR,
  readSources,
  sourceText,
} from '#scripts/fixtures/make-multilingual-library.ts';
import {
  fixtureSource,
  OFFICE_DOCUMENTS,
  OFFICE_PDF_DIR,
  sourceHtmlPath,
} from '#scripts/fixtures/make-office-pdfs.ts';
import { lostLetters, splitWords } from '../../../helpers/word-fidelity.ts';
import { hasPdftotext } from './text-agreement.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SAMPLE_PDFS = join(ROOT, 'resources/library/documents');
const SAMPLE_SOURCES = join(ROOT, 'scripts/sample-library/sources');

/**
 * The text of a sample source. Its key figures are set as blocks (a large number over its label),
 * which the HTML's own text runs together: they are kept apart here as on the page.
 */
function sampleSourceText(path: string): string {
  const html = readFileSync(path, 'utf8').replace(
    /<div><strong>([^<]*)<\/strong>/g,
    '<div><strong>$1</strong>\n',
  );
  return htmlToText(html).text;
}

interface Case {
  name: string;
  writer: 'Chromium' | 'LibreOffice';
  pdf: string;
  source: () => string;
  /** Letters the PDF itself does not hold (see the test below); 0 where every letter is there. */
  outOfReach: number;
}

const sampleCases: Case[] = [
  'kh-victim-protection-standards-km',
  'la-victim-sensitive-courts-lo',
  'th-trauma-informed-judging-th',
].map((name) => ({
  name: `sample ${name}`,
  writer: 'Chromium',
  pdf: join(SAMPLE_PDFS, `${name}.pdf`),
  source: () => sampleSourceText(join(SAMPLE_SOURCES, `${name}.html`)),
  outOfReach: 0,
}));

/**
 * LibreOffice 7.4 writes some Khmer clusters (a subscript ro, a vowel after a subscript) as glyphs
 * with no ToUnicode entry, in a subset font that keeps neither GSUB, glyph names nor a Unicode
 * cmap: nothing in the file says which letters they draw, so only reading the glyphs (OCR) can
 * bring them back.
 */
const OUT_OF_REACH: Record<string, number> = { 'km-forced-marriage-trafficking.pdf': 21 };

const fixtureCases: Case[] = readSources()
  .filter((s) => ['th', 'lo', 'km', 'my'].includes(s.language) && s.output.endsWith('.pdf'))
  .map((s) => ({
    name: s.output,
    writer: s.via === 'chromium' ? 'Chromium' : 'LibreOffice',
    pdf: join(LIBRARY_DIR, s.output),
    source: () => sourceText(s),
    outOfReach: OUT_OF_REACH[s.output] ?? 0,
  }));

const officeCases: Case[] = OFFICE_DOCUMENTS.map((doc) => ({
  name: `office ${doc.output}`,
  writer: 'LibreOffice',
  pdf: join(OFFICE_PDF_DIR, doc.output),
  source: () => {
    const fixture = fixtureSource(doc);
    return fixture ? sourceText(fixture) : sampleSourceText(sourceHtmlPath(doc) as string);
  },
  outOfReach: 0,
}));

const cases = [...sampleCases, ...fixtureCases, ...officeCases];

interface Row {
  name: string;
  writer: string;
  split: number;
  lost: number;
  /** Spaces of the source the engine does not keep (a line broken at a space it does not draw). */
  glued: number;
  popplerSplit: number;
  popplerLost: number;
}

const rows: Row[] = [];

afterAll(() => {
  if (rows.length === 0) return;
  const line = (r: Row): string =>
    `  ${r.name.padEnd(52)} ${r.writer.padEnd(12)} ${String(r.split).padStart(5)} ${String(r.lost).padStart(5)} ${String(r.glued).padStart(6)}   ${String(r.popplerSplit).padStart(5)} ${String(r.popplerLost).padStart(5)}`;
  const total = (writer: string, key: keyof Row): number =>
    rows.filter((r) => r.writer === writer).reduce((sum, r) => sum + Number(r[key]), 0);
  const totals = ['Chromium', 'LibreOffice'].map(
    (writer) =>
      `  ${writer}: engine ${total(writer, 'split')} split words, ${total(writer, 'lost')} lost letters; pdftotext ${total(writer, 'popplerSplit')} split words, ${total(writer, 'popplerLost')} lost letters`,
  );
  console.log(
    [
      'Split words and lost letters against the source text (engine, then pdftotext)',
      `  ${'document'.padEnd(52)} ${'writer'.padEnd(12)} split  lost  glued   split  lost`,
      ...rows.map(line),
      ...totals,
    ].join('\n'),
  );
});

describe.skipIf(!hasPdftotext())(
  'whole words and every letter from Thai, Lao, Khmer and Burmese PDFs',
  () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const source = c.source();
      const engine = (await extractPdf(new Uint8Array(readFileSync(c.pdf)))).pages.join('\n');
      const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', c.pdf, '-'], {
        encoding: 'utf8',
      });
      const row: Row = {
        name: c.name,
        writer: c.writer,
        split: splitWords(engine, source).length,
        lost: lostLetters(engine, source).length,
        glued: splitWords(source, engine).length,
        popplerSplit: splitWords(poppler, source).length,
        popplerLost: lostLetters(poppler, source).length,
      };
      rows.push(row);
      expect(splitWords(engine, source)).toEqual([]);
      expect(row.lost).toBeLessThanOrEqual(c.outOfReach);
      expect(row.lost).toBeLessThanOrEqual(row.popplerLost);
      // Joining a line broken between words drops a space the source had there, now and then.
      expect(row.glued).toBeLessThanOrEqual(8);
    });

    it('covers each of the four scripts printed by both writers', () => {
      const covered = new Set(
        rows.map(
          (r) =>
            `${r.writer} ${/(^|[ /])(?:sample |office )?(th|lo|km|kh|la|my)-/.exec(r.name)?.[2]}`,
        ),
      );
      for (const writer of ['Chromium', 'LibreOffice'])
        for (const language of ['th', 'lo', 'km', 'my'])
          expect(
            [...covered].some(
              (c) =>
                c === `${writer} ${language}` ||
                (language === 'km' && c === `${writer} kh`) ||
                (language === 'lo' && c === `${writer} la`),
            ),
            `${writer} ${language}`,
          ).toBe(true);
    });
  },
);
