// A PDF page asked for again once its language is detected is drawn anew only where that
// language's resolution differs (Burmese is drawn at 150 dpi, the others at 300).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pageImageSource } from '#core/ocr-run/page-image-source.ts';
import type { PendingOcrPage } from '#core/store/library/ocr-needs.ts';

const pending: PendingOcrPage = {
  documentId: 'a'.repeat(64),
  page: 1,
  reason: 'no-text',
  format: 'pdf',
  language: 'en',
  detectLanguage: true,
  path: 'scan.pdf',
};

describe('page images for the OCR run', () => {
  it('draws a PDF page again only at another resolution', async () => {
    const drawn: number[] = [];
    const db = new Database(':memory:');
    const image = pageImageSource({
      db,
      libraryFolder: '/library',
      drawPage: (request) => {
        drawn.push(request.dpi);
        return Promise.resolve({ png: new Uint8Array([request.dpi]) });
      },
    });
    await image(pending);
    await image({ ...pending, language: 'th' });
    expect(drawn).toEqual([300]);
    expect(await image({ ...pending, language: 'my' })).toEqual(new Uint8Array([150]));
    expect(drawn).toEqual([300, 150]);
    db.close();
  });
});
