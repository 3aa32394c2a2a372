// A real PDF whose last page cannot be read: the content stream object of page 3 of
// english-handbook.pdf (Chromium's print of the sample handbook) has its object header damaged,
// so pdf.js finds no object where the cross-reference table points. The other pages are kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';

const handbook = () =>
  Buffer.from(
    readFileSync(resolve(import.meta.dirname, '../../../fixtures/pdf/english-handbook.pdf')),
  );

/** english-handbook.pdf with the header of its object `number` made unreadable. */
function withDamagedObject(number: number): Uint8Array {
  const bytes = handbook();
  const header = `\n${number} 0 obj`;
  const at = bytes.indexOf(header);
  if (at < 0) throw new Error(`No object ${number} in the fixture`);
  bytes.write(`\n${number} 0 xbj`, at, 'latin1');
  return new Uint8Array(bytes);
}

// Page 3's content stream, as its page dictionary says: /Contents 10 0 R.
const LAST_PAGE_CONTENT = 10;

describe('a PDF with one damaged page', () => {
  it('keeps the good pages and names the one that could not be read', async () => {
    const intact = await extractPdf(new Uint8Array(handbook()));
    const damaged = await extractPdf(withDamagedObject(LAST_PAGE_CONTENT));
    expect(damaged.pages).toHaveLength(3);
    expect(damaged.pages.slice(0, 2)).toEqual(intact.pages.slice(0, 2));
    expect(damaged.pages[0]).toMatch(/\w/);
    expect(damaged.pages[2]).toBe('');
    expect(damaged.warnings).toEqual([
      expect.stringMatching(
        /^Page 3 of 3 could not be read \(.+\); the other pages are indexed\.$/,
      ),
    ]);
  });

  it('is indexed with that message, not refused', async () => {
    const doc = await extractDocument('english-handbook.pdf', withDamagedObject(LAST_PAGE_CONTENT));
    expect(doc.pages.filter((p) => p.body.trim() !== '')).toHaveLength(2);
    expect(doc.warnings.join(' ')).toMatch(/Page 3 of 3 could not be read/);
  });
});
