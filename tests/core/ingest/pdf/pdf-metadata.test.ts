import { describe, expect, it } from 'vitest';
import { pdfMetadata } from '#core/ingest/pdf/pdf-metadata.ts';

const xmp = (values: Record<string, unknown>) => ({ get: (name: string) => values[name] ?? null });

describe('pdfMetadata', () => {
  it('reads the Info dictionary, cleaning each value', () => {
    expect(
      pdfMetadata(
        {
          Title: '  Guidelines on\u0000 Victim\nIdentification ',
          Author: 'Ministry of Justice',
          Subject: 'Victim identification',
          Keywords: 'trafficking; victims, identification,, victims',
          Language: 'th-TH',
          CreationDate: "D:20190412093000+07'00'",
        },
        null,
      ),
    ).toEqual({
      title: 'Guidelines on Victim Identification',
      author: 'Ministry of Justice',
      subject: 'Victim identification',
      keywords: ['trafficking', 'victims', 'identification'],
      language: 'th-TH',
    });
  });

  it('strips what office suites add to titles and drops placeholder titles', () => {
    expect(pdfMetadata({ Title: 'Microsoft Word - MLA handbook final.docx' }, null).title).toBe(
      'MLA handbook final',
    );
    expect(pdfMetadata({ Title: 'untitled' }, null).title).toBeUndefined();
    expect(pdfMetadata({ Title: '   ' }, null).title).toBeUndefined();
  });

  it('falls back to XMP where the Info dictionary is silent', () => {
    const metadata = pdfMetadata(
      { Title: '' },
      xmp({
        'dc:title': 'Khmer court guideline',
        'dc:creator': ['A. Author', 'B. Author'],
        'dc:language': 'km',
        'xmp:createdate': '2021-03-01T10:00:00Z',
      }),
    );
    expect(metadata).toEqual({
      title: 'Khmer court guideline',
      author: 'A. Author, B. Author',
      language: 'km',
    });
  });

  it('never takes the file creation date for the year the document was published', () => {
    const metadata = pdfMetadata(
      { CreationDate: "D:20260412093000+07'00'" },
      xmp({ 'xmp:createdate': '2026-03-01T10:00:00Z' }),
    );
    expect(metadata).toEqual({});
  });

  it('drops values that cannot be right', () => {
    expect(
      pdfMetadata({ Language: 'x-unknown', CreationDate: 'D:00010101', Keywords: ' ; , ' }, null),
    ).toEqual({});
    expect(pdfMetadata({ Language: 'EN_us' }, null).language).toBe('en-us');
  });
});
