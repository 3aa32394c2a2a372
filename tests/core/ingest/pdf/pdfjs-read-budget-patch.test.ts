// Guards the read-budget part of patches/pdfjs-dist+*.patch: without it pdf.js inflates streams
// and walks content with no limit, and a small hostile PDF takes gigabytes or minutes. An upgrade
// of pdfjs-dist that no longer takes the patch must fail here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

describe('the pdfjs-dist read-budget patch', () => {
  const worker = readFileSync(join(pdfjsRoot, 'legacy/build/pdf.worker.mjs'), 'utf8');

  it('counts what a stream inflates, in pdf.js code and through DecompressionStream', () => {
    expect(worker).toContain(
      'globalThis.pdfjsReadBudget?.inflate(size - buffer.byteLength, requested);',
    );
    expect(worker).toContain('globalThis.pdfjsReadBudget?.inflate(chunk.byteLength, totalLength);');
  });

  it('checks the time between slices of content work', () => {
    expect(worker.match(/globalThis\.pdfjsReadBudget\?\.tick\(\);/g)).toHaveLength(2);
  });
});
