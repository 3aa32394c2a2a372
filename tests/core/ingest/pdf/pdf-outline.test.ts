import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutlineEntry } from '#shared/types.ts';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/pdf');
const outlineOf = async (name: string) =>
  (await extractPdf(new Uint8Array(readFileSync(join(fixtures, name))))).outline;
const flat = (entries: OutlineEntry[]): [string, number | null][] =>
  entries.flatMap((e) => [[e.title, e.page] as [string, number | null], ...flat(e.children)]);

describe('the outline of a PDF printed by Chromium', () => {
  it('gives each bookmark its heading once, with the spaces lost at line breaks put back', async () => {
    expect(flat(await outlineOf('chromium-outline.pdf'))).toEqual([
      ['Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases', 1],
      ['Chứng cứ điện tử trong các vụ án mua bán người', 1],
      ['การคุ้มครองผู้เสียหายจากการค้ามนุษย์ในระหว่างการพิจารณาคดีของศาล', 1],
      ['Protection of victims in court', 2],
    ]);
  });

  it('repairs wrapped titles in Latin-script languages, leaving the nested entries their own titles', async () => {
    const [handbook] = await outlineOf('english-handbook.pdf');
    expect(handbook?.title).toBe('Handbook on Victim Protection and Mutual Legal Assistance');
    expect(handbook?.children.map((c) => c.title)).toEqual([
      'Identifying victims of trafficking',
      'Mutual legal assistance',
      'Protecting witnesses in court',
    ]);
    expect((await outlineOf('vietnamese-guide.pdf'))[0]?.title).toBe(
      'Hướng dẫn bảo vệ nạn nhân mua bán người',
    );
    expect((await outlineOf('indonesian-guide.pdf'))[0]?.title).toBe(
      'Pedoman Perlindungan Korban Perdagangan Orang',
    );
  });

  it('never holds control characters or runs of whitespace in a title', async () => {
    for (const name of [
      'chromium-outline.pdf',
      'thai-guide.pdf',
      'khmer-guide.pdf',
      'office-memo.pdf',
    ]) {
      for (const [title] of flat(await outlineOf(name)))
        expect(title).not.toMatch(/[\p{Cc}\uFFFD]|\s{2}|^\s|\s$/u);
    }
  });
});
