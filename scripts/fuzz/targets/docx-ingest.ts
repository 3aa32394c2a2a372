// Word documents: the package's bytes damaged, and the package rebuilt with its XML damaged,
// parts left out, or XML that attacks parsers (entity expansion, external entities, deep nesting).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { byteMutation, mutations } from '../byte-mutations.ts';
import type { Mutation } from '../byte-mutations.ts';
import { FIXTURES } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { readZip, writeZip } from '../zip-files.ts';
import { expectExtractedOrIngestError } from './ingest-outcome.ts';

const CASE_TIMEOUT_MS = 20_000;
const DOCUMENT_XML = 'word/document.xml';

const hostileXml = fc.constantFrom(
  '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
  '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '&x;',
  '&d;',
  '<w:p><w:r><w:t>'.repeat(2000),
  '</w:body>',
  '<w:tbl><w:tr><w:tc>',
  '<![CDATA[',
  '<?xml version="1.0"?>',
  '\u0000',
  '\uFFFE',
  '<w:t xml:space="preserve">',
);

/** A change to the XML text: a fragment inserted somewhere, or the text cut short. */
const xmlChange: fc.Arbitrary<XmlChange> = fc.oneof(
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.oneof(hostileXml, fc.string({ unit: 'grapheme', maxLength: 40 })),
    )
    .map(([fraction, fragment]) => ({ kind: 'insert' as const, fraction, fragment })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((fraction) => ({ kind: 'cut' as const, fraction })),
);

type XmlChange = { fraction: number } & ({ kind: 'insert'; fragment: string } | { kind: 'cut' });

function changeXml(xml: string, change: XmlChange): string {
  const at = Math.floor(change.fraction * xml.length);
  return change.kind === 'cut'
    ? xml.slice(0, at)
    : xml.slice(0, at) + change.fragment + xml.slice(at);
}

export const docxIngest: FuzzTarget = {
  name: 'docx-ingest',
  shortRuns: 80,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp() {
    const original = new Uint8Array(readFileSync(join(FIXTURES, 'docx', 'handbook.docx')));
    const entries = await readZip(original);
    const preferDocument = fc.oneof(
      { weight: 3, arbitrary: fc.constant(DOCUMENT_XML) },
      { weight: 1, arbitrary: fc.constantFrom(...entries.map((e) => e.name)) },
    );
    const damagedBytes = mutations(byteMutation).map((mutate: Mutation) => ({
      kind: 'bytes' as const,
      mutate,
    }));
    const damagedParts = fc
      .record({
        changed: preferDocument,
        changes: fc.array(xmlChange, { minLength: 1, maxLength: 3 }),
        dropped: fc.subarray(
          entries.map((e) => e.name),
          { maxLength: 2 },
        ),
        compress: fc.boolean(),
      })
      .map((parts) => ({ kind: 'parts' as const, ...parts }));
    return {
      property: fc.asyncProperty(fc.oneof(damagedBytes, damagedParts), async (damage) => {
        const bytes =
          damage.kind === 'bytes'
            ? damage.mutate(original)
            : await writeZip(
                entries
                  .filter((e) => !damage.dropped.includes(e.name))
                  .map((e) =>
                    e.name === damage.changed
                      ? {
                          name: e.name,
                          data: Buffer.from(
                            damage.changes.reduce(changeXml, e.data.toString('utf8')),
                          ),
                        }
                      : e,
                  ),
                damage.compress,
              );
        await expectExtractedOrIngestError('handbook.docx', bytes, CASE_TIMEOUT_MS);
      }),
      close: () => {},
    };
  },
};
