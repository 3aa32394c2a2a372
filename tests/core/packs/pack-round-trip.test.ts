import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPack } from '#core/packs/import-pack.ts';
import type { Portal } from '#core/portal.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { FINGERPRINT } from '../../helpers/portal-fixtures.ts';
import type { SearchRequest } from '#shared/types.ts';
import {
  documentIds,
  folderDigest,
  indexedLibrary,
  libraryDatabaseDigest,
  makeSmallLibrary,
  writeTestPack,
} from '../../helpers/pack-library.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const opened: Portal[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function library(folder: string) {
  const made = await indexedLibrary(folder);
  opened.push(made.portal);
  return made;
}

async function searchTitles(portal: Portal, request: SearchRequest) {
  const found = await portal.api.search({ limit: 100, ...request });
  if (!found.ok) throw new Error(found.error.message);
  return found.value.hits.map((h) => [h.document.id, h.document.title, h.document.summary]).sort();
}

const packOf = (portal: Portal, ids: string[]) =>
  writeTestPack(portal, join(tempFolder('portal-pack-out-'), 'library.pack'), ids);

describe('a pack from one library imported into another', () => {
  it('gives the same search results, survives a re-index and changes nothing the second time', async () => {
    const source = await library(makeSmallLibrary());
    const { out, report } = await packOf(source.portal, await documentIds(source.portal));
    expect(report).toMatchObject({ documents: 4, leftOut: [], signedBy: null });

    const target = await library(tempFolder('portal-pack-target-'));
    const userDb = join(target.libraryDb, '..', 'user.sqlite');
    const userRows = () =>
      withDatabaseFile(userDb, (db) =>
        ['trusted_keys', 'bookmarks', 'settings'].map((table) =>
          db.prepare(`SELECT * FROM ${table}`).all(),
        ),
      );
    await target.portal.api.addTrustedKey({ fingerprint: FINGERPRINT, label: 'Trainer' });
    const userBefore = userRows();
    const imported = await target.portal.importPack({ file: out });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(userRows()).toEqual(userBefore);
    expect(imported.value.added).toHaveLength(4);
    expect(imported.value.ingest).toMatchObject({ indexed: 4, skipped: 0 });
    expect(folderDigest(target.folder)).toContain(
      `imported/${report.packId}/guides/en-shelter-standards.pdf ${
        folderDigest(source.folder)
          .find((f) => f.startsWith('guides/en-shelter-standards.pdf '))!
          .split(' ')[1]
      }`,
    );

    const queries: SearchRequest[] = [
      { query: 'digital evidence' },
      { query: 'shelter' },
      { query: '', filters: { countries: ['VN'] } },
      { query: '', filters: { themes: ['digital-evidence'] } },
    ];
    for (const request of queries)
      expect(await searchTitles(target.portal, request)).toEqual(
        await searchTitles(source.portal, request),
      );

    const reindexed = await target.portal.index(target.folder, { workers: 0 });
    expect(reindexed).toMatchObject({ unchanged: 4, removed: 0, updated: 0, skipped: 0 });
    for (const request of queries)
      expect(await searchTitles(target.portal, request)).toEqual(
        await searchTitles(source.portal, request),
      );

    const database = libraryDatabaseDigest(target.libraryDb);
    const files = folderDigest(target.folder);
    const again = await target.portal.importPack({ file: out });
    expect(again).toMatchObject({ ok: true, value: { alreadyImported: true, ingest: null } });
    expect(libraryDatabaseDigest(target.libraryDb)).toBe(database);
    expect(folderDigest(target.folder)).toEqual(files);
  });

  it('finishes an import that stopped before its indexing ended when the pack is imported again', async () => {
    const source = await library(makeSmallLibrary());
    const { out } = await packOf(source.portal, await documentIds(source.portal));
    const target = await library(tempFolder('portal-pack-target-'));
    // The documents are put in place, then the computer goes off before they are indexed.
    const stopped = importPack(out, {
      libraryFolder: target.folder,
      requireSignature: false,
      trustedLabel: () => null,
      index: () => Promise.reject(new Error('The computer went off.')),
      carryDoNotShare: () => {},
      isIndexed: () => false,
      addOcrReadings: () => {},
    });
    await expect(stopped).rejects.toThrow('The computer went off.');
    expect(await documentIds(target.portal)).toEqual([]);

    const again = await target.portal.importPack({ file: out });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value).toMatchObject({ alreadyImported: false, replaced: [], keptNewer: [] });
    expect(again.value.added).toHaveLength(4);
    expect(again.value.ingest).toMatchObject({ indexed: 4, skipped: 0 });
    expect((await documentIds(target.portal)).sort()).toEqual(
      (await documentIds(source.portal)).sort(),
    );
    const third = await target.portal.importPack({ file: out });
    expect(third).toMatchObject({ ok: true, value: { alreadyImported: true, ingest: null } });
  });

  it('leaves out documents marked "do not share" and says so', async () => {
    const source = await library(makeSmallLibrary());
    const ids = await documentIds(source.portal);
    const marked = await source.portal.api.setDoNotShare({ id: ids[0]!, doNotShare: true });
    expect(marked).toEqual({ ok: true, value: true });
    expect(source.portal.isShareable(ids[0]!)).toBe(false);

    const { out, report } = await packOf(source.portal, ids);
    expect(report.documents).toBe(3);
    expect(report.leftOut).toEqual([
      { id: ids[0], title: expect.any(String), reason: 'do-not-share' },
    ]);
    const verified = await source.portal.api.verifyPack({ file: out });
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.documents.map((d) => d.title)).not.toContain(report.leftOut[0]!.title);
  });

  it('keeps the mark on a corrected file at the same path', async () => {
    const folder = makeSmallLibrary();
    const source = await library(folder);
    const found = await source.portal.api.search({ query: 'fishing vessels', limit: 1 });
    const id = (found.ok && found.value.hits[0]!.document.id) as string;
    await source.portal.api.setDoNotShare({ id, doNotShare: true });
    const file = join(folder, 'en-fishing-vessels-inspection.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nCorrected.`);
    const report = await source.portal.index(folder, { workers: 0 });
    const corrected = report.entries.find((e) => e.path === 'en-fishing-vessels-inspection.md')!;
    expect(corrected).toMatchObject({ outcome: 'replaced' });
    expect(source.portal.isShareable(corrected.documentId!)).toBe(false);
  });

  it('refuses to write a pack past the size limit, leaving no file behind', async () => {
    const source = await library(makeSmallLibrary());
    const folder = tempFolder('portal-pack-out-');
    const everything = await documentIds(source.portal);
    // With the PDF, its stored bytes alone pass the limit; without it, the zip passes it as it is written.
    const textOnly = await documentIds(source.portal, 'fishing vessels');
    for (const id of textOnly)
      expect(await source.portal.api.getDocument(id)).toMatchObject({
        value: { format: 'markdown' },
      });
    for (const [name, ids] of [
      ['all.pack', everything],
      ['text.pack', textOnly],
    ] as const) {
      const made = await source.portal.createPack({
        out: join(folder, name),
        documentIds: ids,
        publisher: 'ASEAN-ACT',
        signingKey: null,
        maxPackBytes: 1000,
      });
      expect(made).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^The pack would be larger than 1000 bytes\./) },
      });
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('replaces a document with the one of a newer pack from the same publisher', async () => {
    const folder = makeSmallLibrary();
    const source = await library(folder);
    const first = await packOf(source.portal, await documentIds(source.portal));

    const notes = join(folder, 'en-fishing-vessels-inspection.md');
    writeFileSync(
      notes,
      `${readFileSync(notes, 'utf8')}\n\nRevised: port inspections every month.`,
    );
    await source.portal.index(folder, { workers: 0 });
    const second = await packOf(source.portal, await documentIds(source.portal));

    const target = await library(tempFolder('portal-pack-target-'));
    expect((await target.portal.importPack({ file: first.out })).ok).toBe(true);
    const newer = await target.portal.importPack({ file: second.out });
    if (!newer.ok) throw new Error(newer.error.message);
    expect(newer.value.replaced).toHaveLength(4);
    expect(folderDigest(target.folder).some((f) => f.includes(first.report.packId))).toBe(false);
    expect(await searchTitles(target.portal, { query: 'revised port inspections' })).toHaveLength(
      1,
    );
    expect(await documentIds(target.portal)).toHaveLength(4);

    const older = await target.portal.importPack({ file: first.out });
    if (!older.ok) throw new Error(older.error.message);
    expect(older.value).toMatchObject({ added: [], ingest: null });
    expect(older.value.keptNewer).toHaveLength(4);
  });
});
