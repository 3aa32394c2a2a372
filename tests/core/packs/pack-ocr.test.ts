// A pack carries what OCR read on its documents' scanned pages, inside the signed content: the
// library that imports it finds the words at once, at their page, marked as OCR text, without
// recognising anything. A reading that is altered, malformed or outside its document is refused.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPack } from '#core/packs/read-pack.ts';
import type { PackManifest } from '#core/packs/pack-manifest.ts';
import { pendingOcrPages } from '#core/store/library/ocr-needs.ts';
import { readOcrPages, readPageImage } from '#core/store/library/ocr-pages.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { ocrEngineCalls, recogniseIntoLibrary } from '../../helpers/ocr-engine.ts';
import type { TestLibrary } from '../../helpers/pack-library.ts';
import {
  documentIds,
  folderDigest,
  indexedLibrary,
  libraryDatabaseDigest,
  writeTestPack,
} from '../../helpers/pack-library.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';
import type { ZipEntry } from '../../helpers/zip-bytes.ts';
import { writeZip } from '../../helpers/zip-bytes.ts';
import yauzl from 'yauzl';

const fixture = (name: string) => new URL(`../../fixtures/ocr/${name}`, import.meta.url).pathname;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let work: string;
let source: TestLibrary;
let scanId: string;
let packFile: string;

beforeAll(async () => {
  work = tempFolderFor('pack-ocr');
  const folder = join(work, 'source');
  source = await indexedLibrary(folder, join(work, 'source-data'));
  copyFileSync(fixture('scanned-en-p2.pdf'), join(folder, 'scanned.pdf'));
  copyFileSync(fixture('scan-lo-g4.tiff'), join(folder, 'notice.tiff'));
  const first = await source.portal.index(folder, { workers: 0 });
  scanId = first.entries.find((e) => e.path === 'scanned.pdf')!.documentId!;
  // Page 2 of the scan is the English page: read by the engine, as the OCR queue would.
  await recogniseIntoLibrary(source.libraryDb, scanId, 2, readFileSync(fixture('en-handbook.png')));
  await source.portal.index(folder, { workers: 0 });
  packFile = (
    await writeTestPack(source.portal, join(work, 'scans.pack'), await documentIds(source.portal))
  ).out;
}, 120_000);

afterAll(() => source.portal.close());

/** Every entry of a zip, by name. */
async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { autoClose: false });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return entries;
}

const OCR_ENTRY = 'ocr/scanned.pdf.json';

/** The pack written again, unsigned, with its scan's OCR file (and the manifest) changed. */
async function withOcrFile(
  name: string,
  change: (ocr: Buffer) => Buffer,
  manifestChange: (m: PackManifest) => PackManifest = (m) => m,
  keepListedHash = false,
): Promise<string> {
  const entries = await zipEntries(packFile);
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as PackManifest;
  const ocr = change(entries.get(OCR_ENTRY)!);
  const documents = manifest.documents.map((d) =>
    d.ocr && !keepListedHash ? { ...d, ocr: { size: ocr.length, sha256: sha256(ocr) } } : d,
  );
  const out: ZipEntry[] = [
    {
      name: 'manifest.json',
      data: JSON.stringify(manifestChange({ ...manifest, documents })),
    },
    ...[...entries]
      .filter(([entry]) => entry !== 'manifest.json' && entry !== OCR_ENTRY)
      .map(([entry, data]) => ({ name: entry, data })),
    { name: OCR_ENTRY, data: ocr },
  ];
  const file = join(work, name);
  await writeZip(file, out);
  return file;
}

const editJson = (edit: (json: { readings: { page: number }[] }) => void) => (ocr: Buffer) => {
  const json = JSON.parse(ocr.toString('utf8')) as { readings: { page: number }[] };
  edit(json);
  return Buffer.from(JSON.stringify(json));
};

describe('a pack with OCR readings', () => {
  it('lists the scan’s readings in its manifest, in the format that carries them', async () => {
    const pack = await openPack(packFile);
    pack.close();
    expect(pack.manifest.formatVersion).toBe(2);
    const scan = pack.manifest.documents.find((d) => d.key === 'scanned.pdf')!;
    expect(scan.ocr).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(pack.manifest.documents.find((d) => d.key === 'notice.tiff')!.ocr).toBeUndefined();
  });

  it('makes the scanned page searchable on import, at its page, marked as OCR, without OCR', async () => {
    const target = await indexedLibrary(join(work, 'target'), join(work, 'target-data'));
    try {
      const calls = ocrEngineCalls();
      const imported = await target.portal.importPack({ file: packFile });
      if (!imported.ok) throw new Error(imported.error.message);
      expect(imported.value.ingest).toMatchObject({ indexed: 2, skipped: 0 });
      expect(imported.value.added.sort()).toEqual(['notice.tiff', 'scanned.pdf']);

      const found = await target.portal.api.search({ query: 'confiscated passports' });
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.hits.map((h) => h.document.id)).toEqual([scanId]);
      expect(found.value.hits[0]!.pages.map((p) => p.page)).toEqual([2]);

      const pages = await target.portal.api.getPages(scanId);
      if (!pages.ok) throw new Error(pages.error.message);
      expect(pages.value[0]!.ocr ?? null).toBeNull();
      expect(pages.value[1]!.ocr?.confidence).toBeGreaterThan(80);
      expect(pages.value[1]!.text).toContain('Handbook on Victim Protection');

      const stored = (libraryDb: string) =>
        withDatabaseFile(libraryDb, (db) => readOcrPages(db, scanId));
      expect(stored(target.libraryDb)).toEqual(stored(source.libraryDb));
      withDatabaseFile(target.libraryDb, (db) => {
        // Page 1 was not read where the pack was made: it waits for OCR here; page 2 does not.
        const pending = pendingOcrPages(db).filter((p) => p.documentId === scanId);
        expect(pending.map((p) => p.page)).toEqual([1]);
      });
      // The TIFF's page images are made again from the file itself, which the pack carries.
      withDatabaseFile(target.libraryDb, (db) => {
        const tiffId = db
          .prepare<[], string>("SELECT id FROM documents WHERE path LIKE '%notice.tiff'")
          .pluck()
          .get()!;
        expect(readPageImage(db, tiffId, 2)).not.toBeNull();
      });
      expect(ocrEngineCalls()).toBe(calls);
    } finally {
      target.portal.close();
    }
  }, 120_000);

  it('applies the readings to the same scan the library already holds under its own path', async () => {
    const target = await indexedLibrary(join(work, 'holder'), join(work, 'holder-data'));
    try {
      copyFileSync(fixture('scanned-en-p2.pdf'), join(target.folder, 'own-copy.pdf'));
      await target.portal.index(target.folder, { workers: 0 });
      const before = await target.portal.api.search({ query: 'confiscated' });
      expect(before.ok && before.value.total).toBe(0);

      const imported = await target.portal.importPack({ file: packFile });
      if (!imported.ok) throw new Error(imported.error.message);
      const found = await target.portal.api.search({ query: 'confiscated passports' });
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.hits.map((h) => [h.document.id, h.pages.map((p) => p.page)])).toEqual([
        [scanId, [2]],
      ]);
    } finally {
      target.portal.close();
    }
  }, 120_000);

  it('refuses a reading altered, malformed, too large or outside its document, writing nothing', async () => {
    const target = await indexedLibrary(join(work, 'refusing'), join(work, 'refusing-data'));
    const expectRefused = async (file: string, message: RegExp, maxOcrBytes?: number) => {
      const database = libraryDatabaseDigest(target.libraryDb);
      const files = folderDigest(target.folder);
      const result = await target.portal.importPack(
        { file },
        { limits: maxOcrBytes ? { maxOcrBytes } : {} },
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect(libraryDatabaseDigest(target.libraryDb)).toBe(database);
      expect(folderDigest(target.folder)).toEqual(files);
    };
    try {
      const altered = await withOcrFile(
        'altered.pack',
        (ocr) => Buffer.from(ocr.toString('utf8').replace('Handbook', 'Handbock')),
        undefined,
        true,
      );
      await expectRefused(altered, /ocr\/scanned\.pdf\.json does not match its SHA-256/);
      await expectRefused(
        await withOcrFile(
          'past-the-end.pack',
          editJson((json) => {
            json.readings[0]!.page = 3;
          }),
        ),
        /page 3 is past the document's 2 pages/,
      );
      await expectRefused(
        await withOcrFile('not-json.pack', () => Buffer.from('{"version": 1, "pages"')),
        /ocr\/scanned\.pdf\.json is not valid JSON/,
      );
      await expectRefused(
        await withOcrFile(
          'first-format.pack',
          (ocr) => ocr,
          (m) => ({ ...m, formatVersion: 1 }),
        ),
        /scanned\.pdf carries OCR readings, which format 1 has not/,
      );
      await expectRefused(packFile, /ocr\/scanned\.pdf\.json is larger than the 100 bytes/, 100);
    } finally {
      target.portal.close();
    }
  }, 120_000);
});
