// Markdown, HTML and plain text files of any bytes: valid UTF-8 of any script, and bytes that are not.
import fc from 'fast-check';
import type { FuzzTarget } from '../fuzz-target.ts';
import { expectExtractedOrIngestError } from './ingest-outcome.ts';

const CASE_TIMEOUT_MS = 10_000;

const markupPiece = fc.constantFrom(
  '<html lang="km">',
  '<title>',
  '<h1>',
  '<script>alert(1)</script>',
  '<!--',
  '<![CDATA[',
  '&amp;',
  '&#x0;',
  '&#1114112;',
  '# ',
  '```',
  '[link](javascript:alert(1))',
  '<div>'.repeat(500),
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\u200B',
);

const text = fc
  .array(fc.oneof(markupPiece, fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 40 })
  .map((parts) => new Uint8Array(Buffer.from(parts.join(''), 'utf8')));

export const textIngest: FuzzTarget = {
  name: 'text-ingest',
  shortRuns: 150,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp() {
    return {
      property: fc.asyncProperty(
        fc.constantFrom('notes.md', 'page.html', 'notes.txt', 'page.htm', 'notes'),
        fc.oneof(text, fc.uint8Array({ maxLength: 2000 })),
        async (name, bytes) => {
          await expectExtractedOrIngestError(name, bytes, CASE_TIMEOUT_MS);
        },
      ),
      close: () => {},
    };
  },
};
