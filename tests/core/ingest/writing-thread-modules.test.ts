import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from '../../helpers/modules-loaded.ts';

describe('the thread that writes the library while workers read the files', () => {
  it('never loads pdf.js or the file readers, which stay in the extraction workers', () => {
    const loaded = modulesLoadedBy('#core/ingest/index-folder.ts');
    expect(loaded.some((url) => url.endsWith('/ingest/index-folder.ts'))).toBe(true);
    expect(loaded.filter((url) => /pdfjs-dist|\/ingest\/extract-document\.ts$/.test(url))).toEqual(
      [],
    );
  });
});
