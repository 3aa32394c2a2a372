import { createHash, generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPack } from '#core/packs/read-pack.ts';
import type { PackLimits } from '#core/packs/pack-limits.ts';
import type { PackManifest } from '#core/packs/pack-manifest.ts';
import type { TestLibrary } from '../../helpers/pack-library.ts';
import {
  documentIds,
  folderDigest,
  indexedLibrary,
  libraryDatabaseDigest,
  makeSmallLibrary,
  writeTestPack,
} from '../../helpers/pack-library.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';
import type { ZipEntry } from '../../helpers/zip-bytes.ts';
import {
  flipDataByte,
  patchZip,
  renameEntry,
  setDeclaredSize,
  setExternalAttributes,
  writeZip,
} from '../../helpers/zip-bytes.ts';

const PDF = 'documents/guides/en-shelter-standards.pdf';
let work: string;
let source: TestLibrary;
let target: TestLibrary;
let valid: string;
let signed: string;

/** Every entry of a pack, to write it again with changes. */
async function entriesOf(file: string): Promise<{ manifest: PackManifest; entries: ZipEntry[] }> {
  const pack = await openPack(file);
  const entries: ZipEntry[] = [{ name: 'manifest.json', data: pack.manifestBytes }];
  if (pack.signature)
    entries.push({ name: 'signature.json', data: JSON.stringify(pack.signature) });
  for (const document of pack.manifest.documents) {
    const chunks: Buffer[] = [];
    await pack.readDocument(
      document,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    entries.push({ name: `documents/${document.key}`, data: Buffer.concat(chunks) });
  }
  pack.close();
  return { manifest: pack.manifest, entries };
}

const withManifest = (entries: ZipEntry[], manifest: unknown): ZipEntry[] => [
  { name: 'manifest.json', data: JSON.stringify(manifest) },
  ...entries.filter((e) => e.name !== 'manifest.json'),
];

beforeAll(async () => {
  work = tempFolderFor('refused-packs');
  source = await indexedLibrary(makeSmallLibrary(join(work, 'source')), join(work, 'source-data'));
  target = await indexedLibrary(makeSmallLibrary(join(work, 'target')), join(work, 'target-data'));
  const ids = await documentIds(source.portal);
  valid = (await writeTestPack(source.portal, join(work, 'valid.pack'), ids)).out;
  const key = generateKeyPairSync('ed25519').privateKey;
  signed = (await writeTestPack(source.portal, join(work, 'signed.pack'), ids, key)).out;
});

afterAll(() => {
  source.portal.close();
  target.portal.close();
});

/** Imports a pack that must be refused, proving the library's database and folder unchanged. */
async function expectRefused(
  file: string,
  message: RegExp,
  request: { requireSignature?: boolean } = {},
  limits?: Partial<PackLimits>,
) {
  const database = libraryDatabaseDigest(target.libraryDb);
  const files = folderDigest(target.folder);
  const result = await target.portal.importPack({ file, ...request }, { limits });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toMatch(/^The pack was refused: /);
  expect(result.error.message).toMatch(message);
  expect(libraryDatabaseDigest(target.libraryDb)).toBe(database);
  expect(folderDigest(target.folder)).toEqual(files);
}

async function rewritten(name: string, change: (e: ZipEntry[], m: PackManifest) => ZipEntry[]) {
  const { manifest, entries } = await entriesOf(valid);
  const file = join(work, name);
  await writeZip(file, change(entries, manifest));
  return file;
}

function patched(name: string, patch: (bytes: Buffer) => void): string {
  const file = join(work, name);
  patchZip(valid, file, patch);
  return file;
}

describe('importing a hostile or damaged pack', () => {
  // Found by the fuzz suite: both were called "not a readable zip file (ENOENT: …)".
  it('says so when the path names no file, or a folder', async () => {
    await expectRefused(join(work, 'no-such.pack'), /there is no file at that path/);
    await expectRefused(work, /the path names a folder, not a pack file/);
  });

  // Found by the fuzz suite: the unzip library's own error came back, not a refusal.
  it('refuses a manifest whose declared size is smaller than its bytes', async () => {
    await expectRefused(
      patched('manifest-size.pack', setDeclaredSize('manifest.json', 0)),
      /its manifest\.json is damaged \(too many bytes in the stream/,
    );
  });

  it('refuses a changed byte in a document', async () => {
    await expectRefused(
      patched('flipped.pack', flipDataByte(PDF, 100)),
      /en-shelter-standards\.pdf does not match its SHA-256/,
    );
  });

  it('refuses entry paths that climb out, are absolute, name a drive or use backslashes', async () => {
    const climbing = PDF.replace('guides/', '../des/');
    await expectRefused(
      patched('climbing.pack', renameEntry(PDF, climbing)),
      /"documents\/\.\.\/des\/en-shelter-standards\.pdf" climbs out of its folder/,
    );
    await expectRefused(
      patched('absolute.pack', renameEntry('manifest.json', '/anifest.json')),
      /"\/anifest\.json" is absolute/,
    );
    await expectRefused(
      patched('drive.pack', renameEntry('manifest.json', 'C:nifest.json')),
      /names a Windows drive/,
    );
    await expectRefused(
      patched('backslash.pack', renameEntry(PDF, PDF.replace('guides/', 'guides\\'))),
      /uses a backslash/,
    );
  });

  it('refuses a link entry', async () => {
    await expectRefused(
      patched('link.pack', setExternalAttributes(PDF, 0o120777 << 16)),
      /"documents\/guides\/en-shelter-standards\.pdf" is a link/,
    );
  });

  it('refuses a missing file, an extra file and a manifest that names a file the zip lacks', async () => {
    await expectRefused(
      await rewritten('missing.pack', (entries) => entries.filter((e) => e.name !== PDF)),
      /en-shelter-standards\.pdf, listed in the manifest, is missing/,
    );
    await expectRefused(
      await rewritten('extra.pack', (entries) => [
        ...entries,
        { name: 'documents/extra.md', data: '# Not in the manifest' },
      ]),
      /documents\/extra\.md is in the pack but not in its manifest/,
    );
    await expectRefused(
      await rewritten('listed.pack', (entries, manifest) =>
        withManifest(entries, {
          ...manifest,
          documents: [...manifest.documents, { ...manifest.documents[0]!, key: 'more/notes.md' }],
        }),
      ),
      /documents\/more\/notes\.md, listed in the manifest, is missing/,
    );
  });

  it('refuses more entries or bytes than the caps, and a huge declared size, before reading', async () => {
    await expectRefused(valid, /holds 5 entries, more than the 3/, {}, { maxEntries: 3 });
    await expectRefused(
      valid,
      /more than the 1000 bytes a pack may hold/,
      {},
      {
        maxTotalBytes: 1000,
      },
    );
    await expectRefused(
      patched(
        'huge.pack',
        setDeclaredSize('documents/en-fishing-vessels-inspection.md', 0x7fff_ffff),
      ),
      /would take 2147483647 bytes, more than the 100000000 one file may/,
      {},
      { maxFileBytes: 100_000_000 },
    );
  });

  it('refuses an entry compressed past the ratio cap', async () => {
    const text = 'a'.repeat(3 * 1024 * 1024);
    const file = await rewritten('bomb.pack', (entries, manifest) => {
      const bomb = {
        ...manifest.documents[0]!,
        key: 'bomb.txt',
        size: text.length,
        sha256: createHash('sha256').update(text).digest('hex'),
      };
      return [
        ...withManifest(entries, { ...manifest, documents: [...manifest.documents, bomb] }),
        { name: 'documents/bomb.txt', data: text, compress: true },
      ];
    });
    await expectRefused(file, /"documents\/bomb\.txt" is compressed \d+ to 1, past the 100 to 1/);
  });

  it('refuses a manifest that is not valid, and one of a newer format', async () => {
    await expectRefused(
      await rewritten('invalid.pack', (entries, manifest) =>
        withManifest(entries, { ...manifest, publisher: undefined }),
      ),
      /its manifest is not valid: publisher/,
    );
    await expectRefused(
      await rewritten('newer.pack', (entries, manifest) =>
        withManifest(entries, { ...manifest, formatVersion: 3 }),
      ),
      /made by a newer version of the Resource Portal \(pack format 3/,
    );
  });

  it('refuses a bad signature, and an unsigned or unknown signer when a signature is required', async () => {
    const { manifest, entries } = await entriesOf(signed);
    const forged = join(work, 'forged.pack');
    await writeZip(forged, withManifest(entries, { ...manifest, publisher: 'Someone else' }));
    await expectRefused(forged, /its signature does not match its manifest/);
    await expectRefused(valid, /it is not signed, and a signature by a trusted key is required/, {
      requireSignature: true,
    });
    await expectRefused(
      signed,
      /signed by a key that is not trusted \(fingerprint [0-9A-F]{4}( [0-9A-F]{4}){9}\)/,
      { requireSignature: true },
    );
  });
});
