// A library folder's catalog.yaml and taxonomy.yaml (its own and an imported pack's) of any text:
// YAML that attacks parsers, descriptions close to valid with one thing wrong, and the fixture's
// files damaged. Indexing the folder must report the problems and go on, never throw.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { openPortal } from '#core/portal.ts';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import { byteMutation, mutations } from '../byte-mutations.ts';
import { FIXTURES } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { CaseFailure, describeError, withinTime } from '../fuzz-target.ts';
import { writeFilesUnder } from '../work-files.ts';

const CASE_TIMEOUT_MS = 20_000;

const hostileYaml = fc.constantFrom(
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n',
  '['.repeat(5000),
  '- '.repeat(3000),
  'version: 1\ndocuments: !!binary aGVsbG8=\n',
  'version: !!js/function "function () { return 1 }"\n',
  'version: 1\n<<: *missing\n',
  '%YAML 1.2\n---\nversion: 1\n',
  'version: 1\n---\nversion: 2\n',
  'version: 1e400\n',
  '\uFEFFversion: 1\n',
  'version: 1\ndocuments:\n  - file: ../../etc/passwd\n    type: report\n    title: Out\n',
  'version: 1\ndocuments:\n  - file: C:\\\\Windows\\\\win.ini\n    type: report\n    title: Drive\n',
  'version: 1\nentries:\n  - id: a\n    type: news\n    title: T\n    date: 2024-02-30\n',
  '\u0000',
  '"\\',
);

const word = fc.string({ unit: 'grapheme', maxLength: 12 });
/** Small pools, so that duplicates (two countries with one code) come up often. */
const countryCode = fc.oneof(fc.constantFrom('VN', 'TH', 'LA', 'KH'), word);
const id = fc.oneof(fc.constantFrom('courts', 'victim-protection', 'unodc', 'a'), word);
const anyValue = fc.jsonValue({ maxDepth: 2 });
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const names = fc.dictionary(fc.constantFrom('vi', 'th', 'km', 'EN', ''), word, { maxKeys: 3 });

const taxonomy = fc.record(
  {
    version: fc.oneof(fc.constant(1), anyValue),
    countries: fc.array(
      fc.record(
        {
          code: countryCode,
          name: word,
          names,
          focalPoint: sometimes(id),
          partners: sometimes(fc.array(id)),
        },
        { requiredKeys: ['code', 'name'] },
      ),
      { maxLength: 6 },
    ),
    organisations: fc.array(
      fc.record(
        { id, name: word, names, country: sometimes(countryCode), kind: word },
        { requiredKeys: ['id', 'name', 'kind'] },
      ),
      { maxLength: 6 },
    ),
    themes: fc.array(
      fc.record(
        {
          id,
          name: word,
          names,
          facet: sometimes(fc.oneof(fc.constantFrom('theme', 'exploitation', 'sector'), word)),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { maxLength: 6 },
    ),
    documentTypes: fc.array(
      fc.record({ type: fc.constantFrom(...DOCUMENT_TYPES), name: word, names }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['version'] },
);

const described = {
  title: word,
  countries: sometimes(fc.array(countryCode, { maxLength: 3 })),
  organisations: sometimes(fc.array(fc.record({ id, role: sometimes(word) }), { maxLength: 3 })),
  themes: sometimes(fc.array(id, { maxLength: 3 })),
  language: sometimes(fc.oneof(fc.constantFrom('en', 'vi', 'km'), word)),
  year: sometimes(fc.oneof(fc.integer({ min: 1890, max: 2110 }), anyValue)),
  date: sometimes(
    fc.oneof(fc.constantFrom('2024-01-31', '2024-02-30', '0000-00-00', '9999-99-99'), word),
  ),
  summary: sometimes(word),
  keywords: sometimes(fc.array(word, { maxLength: 3 })),
};

const catalog = fc.record(
  {
    version: fc.oneof(fc.constant(1), anyValue),
    documents: fc.array(
      fc.record(
        {
          file: fc.oneof(
            fc.constantFrom(
              'notes.md',
              './notes.md',
              'NOTES.md',
              'missing.pdf',
              'notes.md/',
              '.\\notes.md',
              'imported/p/notes.md',
            ),
            word,
          ),
          type: fc.constantFrom(...DOCUMENT_TYPES),
          ...described,
        },
        { requiredKeys: ['file', 'type', 'title'] },
      ),
      { maxLength: 4 },
    ),
    entries: fc.array(
      fc.record(
        {
          id,
          type: fc.constantFrom('news', 'event'),
          ...described,
          date: fc.constantFrom('2024-01-31', '2024-02-30', '1900-01-01'),
          body: sometimes(word),
          documents: sometimes(
            fc.array(fc.constantFrom('notes.md', 'missing.pdf', ''), { maxLength: 2 }),
          ),
        },
        { requiredKeys: ['id', 'type', 'title', 'date'] },
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['version'] },
);

/** A file's text: absent, close to valid as YAML or JSON, hostile, or the fixture's damaged. */
const fileText = (shape: fc.Arbitrary<unknown>, fixture: Uint8Array) =>
  fc.oneof(
    fc.constant(null),
    shape.map((value) => stringify(value)),
    shape.map((value) => JSON.stringify(value)),
    hostileYaml,
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    mutations(byteMutation).map((mutate) => Buffer.from(mutate(fixture)).toString('utf8')),
  );

export const catalogFiles: FuzzTarget = {
  name: 'catalog-files',
  shortRuns: 60,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp(work) {
    const folder = join(work, 'library');
    const fixture = (name: string) =>
      new Uint8Array(readFileSync(join(FIXTURES, 'multilingual', 'library', name)));
    const portal = openPortal({
      libraryDbPath: join(work, 'library.sqlite'),
      userDbPath: join(work, 'user.sqlite'),
    });
    const files = fc.record({
      'catalog.yaml': fileText(catalog, fixture('catalog.yaml')),
      'taxonomy.yaml': fileText(taxonomy, fixture('taxonomy.yaml')),
      'imported/p/catalog.yaml': fc.oneof(
        fc.constant(null),
        fileText(catalog, fixture('catalog.yaml')),
      ),
      'imported/p/taxonomy.yaml': fc.oneof(
        fc.constant(null),
        fileText(taxonomy, fixture('taxonomy.yaml')),
      ),
    });
    return {
      property: fc.asyncProperty(files, async (texts) => {
        rmSync(folder, { recursive: true, force: true });
        writeFilesUnder(folder, { 'notes.md': '# Notes\n\nForced labour on fishing vessels.\n' });
        writeFilesUnder(
          folder,
          Object.fromEntries(
            Object.entries(texts).filter((entry): entry is [string, string] => entry[1] !== null),
          ),
        );
        try {
          await withinTime(portal.index(folder, { workers: 0 }), CASE_TIMEOUT_MS, 'Indexing');
        } catch (error) {
          throw new CaseFailure(`Indexing the folder ended in ${describeError(error)}`, {
            cause: error,
          });
        }
        const taxonomyRead = await portal.api.taxonomy();
        if (!taxonomyRead.ok)
          throw new CaseFailure(`The taxonomy cannot be read: ${taxonomyRead.error.message}`);
        const found = await portal.api.search({ query: '' });
        if (!found.ok)
          throw new CaseFailure(`The library cannot be searched: ${found.error.message}`);
      }),
      close: () => portal.close(),
    };
  },
};
