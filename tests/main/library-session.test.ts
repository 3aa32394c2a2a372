// The library session with the app's own indexing process (started with fork, as the desktop
// starts it as a utility process) and the real engine, indexing a library folder and importing
// files and packs.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import { libraryLocation } from '#core/library/library-location.ts';
import { forkIngestHost } from '#core/ingest-host/fork-ingest-host.ts';
import { createSearchPool } from '#core/search/search-pool.ts';
import { chooseFiles } from '#main/file-chooser.ts';
import { openLibrarySession } from '#main/library-session.ts';
import type { LibrarySession } from '#main/library-session.ts';
import type { IngestProgress } from '#shared/types.ts';
import {
  documentIds,
  indexedLibrary,
  makeSmallLibrary,
  writeTestPack,
} from '../helpers/pack-library.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../fixtures/pdf/english-handbook.pdf');

describe('the library session', () => {
  let session: LibrarySession | null = null;
  afterEach(() => {
    session?.close();
    session = null;
  });

  it('indexes in its own process, then answers from the main process with what it wrote', async () => {
    const userData = tempFolderFor('session');
    const location = libraryLocation(userData);
    mkdirSync(join(location.libraryFolder, 'documents'), { recursive: true });
    copyFileSync(FIXTURE_PDF, join(location.libraryFolder, 'documents', 'handbook.pdf'));
    const outside = join(userData, 'court-notes.md');
    writeFileSync(outside, '# Court notes\n\nVictim-sensitive hearings in Lao PDR.\n');

    const progress: IngestProgress[] = [];
    const running: boolean[] = [];
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      ingestHost: forkIngestHost(),
      // The system dialog is the one part that needs Electron: the user "picks" the notes.
      chooseFiles: (request) =>
        chooseFiles(
          {
            open: async () => ({ canceled: false, filePaths: [outside] }),
            save: async () => ({ canceled: true }),
          },
          request,
        ),
      onProgress: (p) => progress.push(p),
      onIngestRunning: (state) => running.push(state),
    });
    expect(await session.api.stats()).toMatchObject({ ok: true, value: { documents: 0 } });

    const indexed = await session.indexLibrary({ extractWorkers: 0 });
    expect(indexed).toMatchObject({ ok: true, value: { indexed: 1, cancelled: false } });
    expect(progress.length).toBeGreaterThan(0);
    expect(running).toEqual([true, false]);
    expect(await session.api.stats()).toMatchObject({ ok: true, value: { documents: 1 } });

    const chosen = await session.api.chooseFiles({ folder: false });
    expect(chosen).toEqual({ ok: true, value: [outside] });
    const added = await session.api.addFiles({ paths: chosen.ok ? chosen.value : [] });
    expect(added).toMatchObject({ ok: true, value: { indexed: 1 } });
    const found = await session.api.search({ query: 'victim-sensitive hearings' });
    expect(found.ok && found.value.hits.map((h) => h.document.title)).toEqual(['Court notes']);
    const id = found.ok ? found.value.hits[0]!.document.id : '';
    expect(session.resolveDocumentFile(id)).toBe(
      join(location.libraryFolder, 'added', 'court-notes.md'),
    );
  }, 60_000);

  it('searches in its search thread, which sees what indexing wrote', async () => {
    const userData = tempFolderFor('session');
    const location = libraryLocation(userData);
    mkdirSync(location.libraryFolder, { recursive: true });
    writeFileSync(join(location.libraryFolder, 'a.md'), '# Shelters\n\nReferral of victims.\n');
    const views: string[] = [];
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      ingestHost: forkIngestHost(),
      chooseFiles: async () => ({ ok: true, value: [] }),
      searches: (where) => {
        const pool = createSearchPool({ libraryDbPath: where.libraryDbPath, threads: 1 });
        return {
          search: (view, request) => {
            views.push(view);
            return pool.search(view, request);
          },
          close: () => pool.close(),
        };
      },
    });
    expect(await session.indexLibrary({ extractWorkers: 0 })).toMatchObject({ ok: true });
    const first = await session.api.search({ query: 'referral' });
    expect(first.ok && first.value.hits.map((h) => h.document.title)).toEqual(['Shelters']);
    writeFileSync(join(location.libraryFolder, 'b.md'), '# Courts\n\nReferral by judges.\n');
    expect(await session.indexLibrary({ extractWorkers: 0 })).toMatchObject({ ok: true });
    const second = await session.api.search({ query: 'referral', sort: 'title' });
    expect(second.ok && second.value.hits.map((h) => h.document.title)).toEqual([
      'Courts',
      'Shelters',
    ]);
    expect(views).toEqual(['whole', 'whole']);
  }, 60_000);

  it('reports the progress of an import and stops it when cancelled, keeping what was indexed', async () => {
    const userData = tempFolderFor('session');
    const location = libraryLocation(userData);
    mkdirSync(location.libraryFolder, { recursive: true });
    const outside = join(userData, 'to-add');
    mkdirSync(outside);
    const given = 80;
    const paths = Array.from({ length: given }, (_, i) => {
      const path = join(outside, `note-${String(i).padStart(2, '0')}.md`);
      writeFileSync(path, `# Note ${i}\n\nReferral of victims, case ${i}.\n`);
      return path;
    });
    const progress: IngestProgress[] = [];
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      // What is tested is the engine stopping, however long one file takes on a busy machine, not
      // the app's patience (the host's own test has that).
      ingestHost: forkIngestHost({}, { cancelGraceMs: 60_000, exitGraceMs: 2000 }),
      chooseFiles: async () => ({ ok: true, value: [] }),
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 10) session!.cancelIngest();
      },
    });

    const added = await session.api.addFiles({ paths });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.cancelled).toBe(true);
    expect(added.value.indexed).toBeGreaterThanOrEqual(10);
    expect(added.value.indexed).toBeLessThan(given);
    expect(progress[0]).toMatchObject({ done: 0, total: given });
    expect(progress.every((p) => p.total === given && p.done < given)).toBe(true);
    expect(await session.api.stats()).toMatchObject({
      ok: true,
      value: { documents: added.value.indexed },
    });

    const resumed = await session.indexLibrary({ extractWorkers: 0 });
    expect(resumed.ok && resumed.value.indexed + resumed.value.unchanged).toBe(given);
  }, 60_000);

  it('runs one ingest at a time and reports the engine’s refusals', async () => {
    const userData = tempFolderFor('session');
    const location = libraryLocation(userData);
    mkdirSync(location.libraryFolder, { recursive: true });
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      ingestHost: forkIngestHost(),
      chooseFiles: async () => ({ ok: true, value: [] }),
    });
    const first = session.api.addFiles({ paths: [join(userData, 'missing.pdf')] });
    const second = await session.api.addFiles({ paths: [join(userData, 'missing.pdf')] });
    expect(second).toEqual({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('being indexed') },
    });
    expect(await first).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('does not exist') },
    });
  }, 60_000);

  it('imports a pack in its own process, with progress, and answers from the main process with it', async () => {
    const work = tempFolderFor('session-pack');
    const publisher = await indexedLibrary(makeSmallLibrary(join(work, 'publisher')));
    const { out: pack } = await writeTestPack(
      publisher.portal,
      join(work, 'course.pack'),
      await documentIds(publisher.portal),
    );
    publisher.portal.close();

    const location = libraryLocation(join(work, 'receiving'));
    mkdirSync(location.libraryFolder, { recursive: true });
    const progress: IngestProgress[] = [];
    const running: boolean[] = [];
    session = openLibrarySession({
      location,
      openEngine: openPortal,
      ingestHost: forkIngestHost(),
      chooseFiles: async () => ({ ok: true, value: [] }),
      onProgress: (p) => progress.push(p),
      onIngestRunning: (state) => running.push(state),
    });
    // The engine has searched (and built what it keeps in memory) before the indexing process writes.
    expect(await session.api.search({ query: 'shelter' })).toMatchObject({
      ok: true,
      value: { total: 0 },
    });

    const importing = session.api.importPack({ file: pack });
    expect(await session.api.addFiles({ paths: [] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('being indexed') },
    });
    const imported = await importing;
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.added).toHaveLength(4);
    expect(progress.length).toBeGreaterThan(0);
    expect(running).toEqual([true, false]);

    const found = await session.api.search({ query: 'shelter' });
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.total).toBeGreaterThan(0);
    expect(found.value.facets.countries.length).toBeGreaterThan(0);
  }, 60_000);
});
