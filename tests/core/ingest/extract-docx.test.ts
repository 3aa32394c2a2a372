import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { IngestError } from '#core/ingest/ingest-error.ts';

// handbook.docx was written by LibreOffice 7.4 from handbook.html beside it:
//   soffice --headless --convert-to docx:"MS Word 2007 XML" handbook.html
const handbook = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/docx/handbook.docx')),
);

describe('extractDocument on a Word file', () => {
  it('gives its text paragraph by paragraph, its heading as title and outline, and its language', async () => {
    const doc = await extractDocument('handbook.docx', handbook);
    expect(doc.format).toBe('docx');
    expect(doc.metadata.title).toBe('Protecting Victims during Investigation and Trial');
    expect(doc.outline).toEqual([
      { title: 'Protecting Victims during Investigation and Trial', page: null, children: [] },
    ]);
    expect(doc.language).toBe('en');
    expect(doc.warnings).toEqual([]);
    expect(doc.pages).toHaveLength(1);
    const paragraphs = doc.pages[0]!.text.split('\n\n');
    expect(paragraphs).toEqual([
      'Protecting Victims during Investigation and Trial',
      expect.stringMatching(
        /^Victims of trafficking must be referred to protection services .* where they feel safe\.$/,
      ),
      expect.stringMatching(
        /^A prosecutor who meets a victim for the first time .* after the trial\.$/,
      ),
      'Refer the victim to a shelter or another safe place within 24 hours.',
      'Arrange an interpreter of the same sex where the victim asks for one.',
      "Record the victim's wishes about contact with the family.",
      'Tại tỉnh Đồng Nai, nạn nhân của tội phạm mua bán người được hỗ trợ y tế, tâm lý và pháp lý ngay sau khi được giải cứu.',
    ]);
    // The index form folds đ and tone marks, so "Dong Nai" typed plainly finds it.
    expect(doc.pages[0]!.body).toContain('dong nai');
  });

  it('reports a truncated Word file as damaged, in words a person can act on', async () => {
    const truncated = handbook.subarray(0, Math.floor(handbook.length / 2));
    const failure = extractDocument('handbook.docx', truncated);
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toThrow(
      /Word document is damaged or incomplete .* Try getting the file again/,
    );
  });
});
