// Library packs made by the real exporter, then damaged: the zip's bytes, entry names that climb
// out, are absolute or use backslashes, sizes and counts that are huge, and manifests with any
// field wrong. Importing each must answer a refusal (or import a pack that is still sound), and a
// refused pack must leave the library's folder and databases exactly as they were, with nothing
// written anywhere else.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { byteMutation, hostileNumber, mutations } from '../byte-mutations.ts';
import type { FuzzLibrary } from '../fuzz-library.ts';
import { libraryDigest, openFuzzLibrary } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { CaseFailure, withinTime } from '../fuzz-target.ts';
import type { ZipEntry } from '../zip-files.ts';
import { readZip, writeZip } from '../zip-files.ts';
import { isRefusal } from './api-outcome.ts';

const CASE_TIMEOUT_MS = 60_000;
/** Every name that escapes ends in this, so the case can look for it wherever it landed. */
const ESCAPED = 'escaped-by-pack.md';

const hostileName = fc.constantFrom(
  `../${ESCAPED}`,
  `documents/../../${ESCAPED}`,
  `/tmp/${ESCAPED}`,
  `documents\\..\\..\\${ESCAPED}`,
  `C:/${ESCAPED}`,
  `documents/./${ESCAPED}`,
  `documents//${ESCAPED}`,
  `documents/.hidden/${ESCAPED}`,
  'documents/con.md',
  'documents/a:b.md',
  'documents/trailing-dot.md.',
  'documents/nul\u0000.md',
  'documents/',
  `MANIFEST.JSON`,
  `documents/${'x'.repeat(300)}.md`,
);

/** A zip holding `entries` with one name replaced afterwards, where the zip writer refuses it. */
async function zipWithName(entries: ZipEntry[], index: number, name: string): Promise<Buffer> {
  const wanted = Buffer.from(name);
  const placeholder = Buffer.alloc(wanted.length, 'Q');
  const zip = await writeZip(
    entries.map((e, i) => (i === index ? { ...e, name: placeholder.toString() } : e)),
  );
  for (let at = zip.indexOf(placeholder); at >= 0; at = zip.indexOf(placeholder, at + 1))
    wanted.copy(zip, at);
  return zip;
}

type Json = unknown;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * A copy of a zip changed where its central directory declares counts and sizes: `change` gets
 * the end record's offset and each central header's.
 */
function withCentralDirectory(
  original: Buffer,
  change: (bytes: Buffer, eocd: number, headers: number[]) => void,
): Buffer {
  const bytes = Buffer.from(original);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || bytes.readUInt32LE(eocd) !== END_OF_CENTRAL_DIRECTORY) return bytes;
  const headers: number[] = [];
  for (
    let at = bytes.readUInt32LE(eocd + 16);
    at + 46 <= eocd && bytes.readUInt32LE(at) === CENTRAL_HEADER;
  ) {
    headers.push(at);
    at +=
      46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  change(bytes, eocd, headers.length ? headers : [eocd]);
  return bytes;
}

/** Sets a value at a path of keys and indexes in a copy of a JSON value. */
function setAt(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number' && value.length > 0) {
    const copy = [...value];
    const i = key % copy.length;
    copy[i] = setAt(copy[i], rest, replacement);
    return copy;
  }
  if (value && typeof value === 'object' && typeof key === 'string')
    return { ...value, [key]: setAt((value as Record<string, Json>)[key], rest, replacement) };
  return replacement;
}

const manifestPath = fc.oneof(
  fc.constantFrom<(string | number)[]>(
    ['format'],
    ['formatVersion'],
    ['packId'],
    ['publisher'],
    ['createdAt'],
    ['documents'],
    ['taxonomy'],
    ['taxonomy', 'countries'],
    ['taxonomy', 'themes', 0, 'id'],
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('key', 'size', 'sha256', 'metadata', 'extra'),
      fc.option(fc.constantFrom('title', 'type', 'countries', 'themes', 'year', 'language')),
    )
    .map(([i, field, inner]) => [
      'documents',
      i,
      field,
      ...(inner && field === 'metadata' ? [inner] : []),
    ]),
);

const manifestValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  hostileNumber.map(Number),
  hostileName,
  fc.constantFrom(2, 'tip-resource-portal-pack', '2024-02-30T00:00:00Z', 'pack-0001', ''),
);

type Damage =
  | { kind: 'bytes'; mutate: (bytes: Uint8Array) => Uint8Array }
  | { kind: 'name'; entry: number; name: string }
  | { kind: 'manifest'; changes: [(string | number)[], Json][] }
  | { kind: 'duplicated'; copies: number }
  | { kind: 'extra-entries'; count: number }
  | { kind: 'declared-count'; count: number }
  | { kind: 'declared-size'; entry: number; size: number }
  | { kind: 'signature'; text: string };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  mutations(byteMutation).map((mutate) => ({ kind: 'bytes' as const, mutate })),
  fc.record({ kind: fc.constant('name' as const), entry: fc.nat(), name: hostileName }),
  fc.record({
    kind: fc.constant('manifest' as const),
    changes: fc.array(fc.tuple(manifestPath, manifestValue), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('duplicated' as const),
    copies: fc.integer({ min: 2, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('extra-entries' as const),
    count: fc.constantFrom(1, 100),
  }),
  fc.record({
    kind: fc.constant('declared-count' as const),
    count: fc.constantFrom(0, 1, 2, 10_001, 0xffff),
  }),
  fc.record({
    kind: fc.constant('declared-size' as const),
    entry: fc.nat(),
    size: fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 0x7fffffff, 2 ** 30), fc.nat()),
  }),
  fc.record({
    kind: fc.constant('signature' as const),
    text: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
    ),
  }),
);

async function damagedPack(entries: ZipEntry[], manifest: Json, change: Damage, original: Buffer) {
  const others = entries.filter((e) => e.name !== 'manifest.json');
  const withManifest = (value: Json) => [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(value)) },
    ...others,
  ];
  switch (change.kind) {
    case 'bytes':
      return Buffer.from(change.mutate(original));
    case 'name':
      return zipWithName(entries, change.entry % entries.length, change.name);
    case 'manifest':
      return writeZip(
        withManifest(change.changes.reduce((m, [path, v]) => setAt(m, path, v), manifest)),
      );
    case 'duplicated': {
      const documents = (manifest as { documents: Json[] }).documents;
      const many = Array.from({ length: change.copies }, (_, i) => documents[i % documents.length]);
      return writeZip(withManifest({ ...(manifest as object), documents: many }));
    }
    case 'extra-entries':
      return writeZip([
        ...entries,
        ...Array.from({ length: change.count }, (_, i) => ({
          name: `documents/extra-${i}.md`,
          data: Buffer.from('#'),
        })),
      ]);
    case 'declared-count':
      return withCentralDirectory(original, (bytes, eocd) => {
        bytes.writeUInt16LE(change.count, eocd + 8);
        bytes.writeUInt16LE(change.count, eocd + 10);
      });
    case 'declared-size':
      return withCentralDirectory(original, (bytes, _eocd, headers) => {
        const header = headers[change.entry % headers.length]!;
        bytes.writeUInt32LE(change.size, header + 24);
      });
    case 'signature':
      return writeZip([...entries, { name: 'signature.json', data: Buffer.from(change.text) }]);
  }
}

/** Files named like an escaped entry anywhere under `folder` but inside the library's imports. */
function escapedFiles(folder: string, library: FuzzLibrary): string[] {
  const found = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.name === ESCAPED)
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.startsWith(join(library.folder, 'imported') + '/'));
  return existsSync(`/tmp/${ESCAPED}`) ? [...found, `/tmp/${ESCAPED}`] : found;
}

export const packImport: FuzzTarget = {
  name: 'pack-import',
  shortRuns: 60,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp(work) {
    const source = await openFuzzLibrary(join(work, 'source'));
    const target = await openFuzzLibrary(join(work, 'target'));
    const packFile = join(work, 'valid.pack');
    const made = await source.portal.api.createPack({
      source: { query: '' },
      file: packFile,
      publisher: 'ASEAN-ACT',
      signingKeyFile: null,
    });
    if (!made.ok) throw new Error(made.error.message);
    const original = readFileSync(packFile);
    const entries = await readZip(original);
    const manifest = JSON.parse(
      entries.find((e) => e.name === 'manifest.json')!.data.toString(),
    ) as Json;
    let before = libraryDigest(target);
    const file = join(work, 'case.pack');
    return {
      property: fc.asyncProperty(damage, fc.boolean(), async (change, requireSignature) => {
        writeFileSync(file, await damagedPack(entries, manifest, change, original));
        const result = await withinTime(
          target.portal.api.importPack({ file, requireSignature }),
          CASE_TIMEOUT_MS,
          'Importing the pack',
        );
        const escaped = escapedFiles(work, target);
        if (escaped.length) {
          for (const path of escaped) rmSync(path, { force: true });
          throw new CaseFailure(`The pack wrote outside the library: ${escaped.join(', ')}`);
        }
        if (result.ok) {
          // A change the pack survives (a damaged zip comment, say) imports a sound pack.
          before = libraryDigest(target);
          return;
        }
        if (!isRefusal(result.error) && result.error.code !== 'invalid-argument')
          throw new CaseFailure(
            `The import failed without a refusal: ${result.error.code}: ${result.error.message}`,
          );
        const after = libraryDigest(target);
        if (after !== before)
          throw new CaseFailure(`A refused pack changed the library: ${result.error.message}`);
      }),
      close() {
        source.portal.close();
        target.portal.close();
      },
    };
  },
};
