import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { createWorkerExtractor } from '#core/ingest/extract-pool.ts';
import type { Extractor } from '#core/ingest/extract-pool.ts';
import { IngestError } from '#core/ingest/ingest-error.ts';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf', name));

let pool: Extractor | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the extraction worker pool', () => {
  it('extracts several PDFs at once in real worker threads, leaving the caller its bytes', async () => {
    pool = createWorkerExtractor(2);
    const names = [
      'english-handbook.pdf',
      'thai-guide.pdf',
      'khmer-guide.pdf',
      'vietnamese-guide.pdf',
    ];
    const inputs = names.map(fixture);
    const results = await Promise.all(names.map((n, i) => pool!.extract(n, inputs[i]!)));
    expect(results.map((r) => r.format)).toEqual(['pdf', 'pdf', 'pdf', 'pdf']);
    expect(results.map((r) => r.language)).toEqual(['en', 'th', 'km', 'vi']);
    for (const r of results) {
      expect(r.pages.length).toBeGreaterThan(0);
      expect(r.pages.every((p) => !p.text.includes('\u0000') && !p.text.includes('\ufffd'))).toBe(
        true,
      );
    }
    expect(inputs[0]!.byteLength).toBeGreaterThan(0);
  });

  it('gives exactly what extraction in the calling thread gives (the workers inflate PDF streams their own way)', async () => {
    pool = createWorkerExtractor(2);
    const names = ['office-memo.pdf', 'lao-guide.pdf', 'burmese-guide.pdf', 'soft-hyphens.pdf'];
    const inThread = await Promise.all(names.map((n) => extractDocument(n, fixture(n))));
    const inWorkers = await Promise.all(names.map((n) => pool!.extract(n, fixture(n))));
    expect(inWorkers).toEqual(inThread);
  });

  it('reports a bad file as an IngestError with its message, and keeps working', async () => {
    pool = createWorkerExtractor(1);
    const failure = pool.extract('empty.pdf', new Uint8Array());
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toThrow(/empty/);
    await expect(pool.extract('encrypted.pdf', fixture('encrypted.pdf'))).resolves.toMatchObject({
      passwordProtected: true,
      pages: [],
    });
    const ok = await pool.extract('english-handbook.pdf', fixture('english-handbook.pdf'));
    expect(ok.pages.length).toBeGreaterThan(0);
  });
});
