// PDF ingest over real fixtures damaged in every way the byte mutations know.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mutations, pdfMutation } from '../byte-mutations.ts';
import { FIXTURES } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { expectExtractedOrIngestError } from './ingest-outcome.ts';

/** Small, varied PDFs: page labels, an outline, a standard font, an office export, encryption. */
const PDFS = [
  'page-labels.pdf',
  'hand-written-standard-font.pdf',
  'soft-hyphens.pdf',
  'english-handbook.pdf',
  'chromium-outline.pdf',
  'encrypted-no-open-password.pdf',
];

const CASE_TIMEOUT_MS = 20_000;

export const pdfIngest: FuzzTarget = {
  name: 'pdf-ingest',
  shortRuns: 60,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp() {
    const fixtures = PDFS.map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(FIXTURES, 'pdf', name))),
      [fc.toStringMethod]: () => name,
    }));
    return {
      property: fc.asyncProperty(
        fc.constantFrom(...fixtures),
        mutations(pdfMutation),
        async (fixture, mutate) => {
          await expectExtractedOrIngestError(fixture.name, mutate(fixture.bytes), CASE_TIMEOUT_MS);
        },
      ),
      close: () => {},
    };
  },
};
