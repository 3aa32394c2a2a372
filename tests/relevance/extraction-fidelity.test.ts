// Text extraction fidelity: for each PDF of the multilingual test library, the engine's page text
// is compared with poppler's (pdftotext) after normalisation (whitespace collapsed, NFC), and the
// character agreement (1 - edit distance / length) is reported and held per language.
//
// poppler gives two readings of a page: its layout analysis (the default) and the order in which
// the text is drawn (-raw). On LibreOffice's Thai, Lao and Khmer PDFs, which draw many combining
// marks as runs of their own, the layout analysis moves some marks onto neighbouring lines and
// cuts words (ເປັນ becomes ເປນ with its ັ a line further on); on LibreOffice's Vietnamese headings,
// the drawing order puts fallback-font letters at the end of the line. Each document is therefore
// held to the closer of the two readings, and also compared with its source text: the engine must
// recover at least as much of the source as pdftotext does, so that a fault both readings share
// cannot pass unseen.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';
import {
  LIBRARY_DIR,
  readSources,
  sourceText,
  type FixtureSource,
} from '#scripts/fixtures/make-multilingual-library.ts';
import {
  agreement,
  hasPdftotext,
  normaliseSpaces,
  withoutSpaces,
} from '../core/ingest/pdf/text-agreement.ts';

const MIN_AGREEMENT = 0.98;
/** How much less of the source the engine may recover than pdftotext does (page furniture, spacing). */
const SOURCE_SLACK = 0.005;

const pdfs = readSources().filter((s) => s.output.endsWith('.pdf'));

/** poppler's text of each page, in its layout reading or, with `raw`, in drawing order. */
function popplerPages(path: string, raw: boolean): string[] {
  const text = execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

interface Measured {
  doc: FixtureSource;
  /** Characters compared (the longer text), for weighting documents within a language. */
  length: number;
  layout: number;
  raw: number;
  engineVsSource: number;
  popplerVsSource: number;
}

const measured: Measured[] = [];

function weighted(rows: Measured[], value: (m: Measured) => number): number {
  const total = rows.reduce((sum, m) => sum + m.length, 0);
  return rows.reduce((sum, m) => sum + value(m) * m.length, 0) / total;
}

const best = (m: Measured): number => Math.max(m.layout, m.raw);
const percent = (x: number): string => `${(x * 100).toFixed(2)}%`.padStart(8);

function languageTable(): string {
  const languages = [...new Set(measured.map((m) => m.doc.language))];
  const header = `  ${'lang'.padEnd(5)} ${'PDFs'.padStart(4)}  ${'layout'.padStart(8)}  ${'raw'.padStart(8)}  ${'closer'.padStart(8)}  ${'engine/src'.padStart(10)}  ${'poppler/src'.padStart(11)}`;
  const rows = languages.map((language) => {
    const rows = measured.filter((m) => m.doc.language === language);
    const cells = [
      weighted(rows, (m) => m.layout),
      weighted(rows, (m) => m.raw),
      weighted(rows, best),
    ]
      .map(percent)
      .join('  ');
    return `  ${language.padEnd(5)} ${String(rows.length).padStart(4)}  ${cells}  ${percent(weighted(rows, (m) => m.engineVsSource)).padStart(10)}  ${percent(weighted(rows, (m) => m.popplerVsSource)).padStart(11)}`;
  });
  return [
    'Extraction agreement with pdftotext per language (layout, -raw, the closer per document) and with the source text',
    header,
    ...rows,
  ].join('\n');
}

afterAll(() => {
  if (measured.length === 0) return;
  const perDocument = measured.map(
    (m) =>
      `  ${m.doc.output.padEnd(44)} ${(m.doc.via ?? '').padEnd(17)} ${percent(m.layout)} ${percent(m.raw)}  source ${percent(m.engineVsSource)} (pdftotext ${percent(m.popplerVsSource)})`,
  );
  console.log(`${languageTable()}\n\nPer document\n${perDocument.join('\n')}`);
});

describe.skipIf(!hasPdftotext())('extraction fidelity against pdftotext', () => {
  it.each(pdfs.map((doc) => [doc.output, doc] as const))('%s', async (_, doc) => {
    const path = join(LIBRARY_DIR, doc.output);
    const { pages } = await extractPdf(new Uint8Array(readFileSync(path)));
    const layout = popplerPages(path, false);
    const raw = popplerPages(path, true);
    expect(pages).toHaveLength(layout.length);
    const engine = pages.join('\n');
    expect(engine).not.toContain('\u0000');
    expect(engine).not.toContain('\uFFFD');
    const source = withoutSpaces(sourceText(doc));
    const row: Measured = {
      doc,
      length: Math.max(
        [...normaliseSpaces(engine)].length,
        [...normaliseSpaces(layout.join('\n'))].length,
      ),
      layout: agreement(normaliseSpaces(engine), normaliseSpaces(layout.join('\n'))),
      raw: agreement(normaliseSpaces(engine), normaliseSpaces(raw.join('\n'))),
      engineVsSource: agreement(withoutSpaces(engine), source),
      popplerVsSource: agreement(withoutSpaces(layout.join('\n')), source),
    };
    measured.push(row);
    expect(row.engineVsSource).toBeGreaterThanOrEqual(row.popplerVsSource - SOURCE_SLACK);
  });

  it(`agrees with pdftotext on at least ${MIN_AGREEMENT * 100}% of characters in every language`, () => {
    expect(measured).toHaveLength(pdfs.length);
    const languages = [...new Set(pdfs.map((d) => d.language))];
    expect(languages.sort()).toEqual(['en', 'fil', 'id', 'km', 'lo', 'ms', 'my', 'th', 'vi']);
    for (const language of languages) {
      const score = weighted(
        measured.filter((m) => m.doc.language === language),
        best,
      );
      expect(score, language).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    }
  });
});
