import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from '../../helpers/modules-loaded.ts';

describe('the modules an extraction worker loads before its first file', () => {
  it('holds the PDF reader but not the Word, HTML, Markdown and image readers', () => {
    const loaded = modulesLoadedBy('#core/ingest/extract-document.ts');
    expect(loaded.some((url) => url.includes('/pdfjs-dist/'))).toBe(true);
    expect(
      loaded.filter((url) =>
        /\/node_modules\/(mammoth|marked|htmlparser2|jszip)\/|\/ingest\/(extract-docx|extract-markup|image\/extract-image)\.ts$/.test(
          url,
        ),
      ),
    ).toEqual([]);
  });
});
