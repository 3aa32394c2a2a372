// The app's own indexing process, started with fork, indexing a real library folder (forty
// documents in nine languages) into real SQLite files: a whole run, a cancel part-way, and a
// process killed from outside, after which the library is still sound and indexing resumes.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkIngestChild } from '#core/ingest-host/fork-ingest-host.ts';
import { ingestHost } from '#core/ingest-host/ingest-host.ts';
import type { IngestStart } from '#core/ingest-host/ingest-messages.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const FIXTURE_LIBRARY = resolve(import.meta.dirname, '../../fixtures/multilingual/library');

/** A copy of the fixture library with its SQLite files beside it, to index with one thread. */
function libraryToIndex(): IngestStart {
  const root = tempFolder('portal-ingest-host-');
  const libraryFolder = join(root, 'library');
  cpSync(FIXTURE_LIBRARY, libraryFolder, { recursive: true });
  return {
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath: join(root, 'user.sqlite'),
    libraryFolder,
    task: { kind: 'index', extractWorkers: 1 },
  };
}

/** The app's host, telling the test which processes it started. */
function watchedHost() {
  const pids: number[] = [];
  const launch = forkIngestChild();
  const host = ingestHost(() => {
    const child = launch();
    pids.push(child.pid!);
    return child;
  });
  return { host, pids };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const documentCount = (file: string) =>
  withDatabaseFile(file, (db) => db.prepare('SELECT count(*) AS n FROM documents').get()) as {
    n: number;
  };

const integrity = (file: string) =>
  withDatabaseFile(file, (db) => db.pragma('integrity_check', { simple: true }));

describe('indexing in a forked process', () => {
  it('indexes a library folder, reporting progress, into the SQLite file', async () => {
    const start = libraryToIndex();
    const { host, pids } = watchedHost();
    const progress: IngestProgress[] = [];
    const job = host.start<IngestReport>(start, { onProgress: (p) => progress.push(p) });
    const result = await job.finished;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.cancelled).toBe(false);
    expect(result.value.indexed).toBeGreaterThanOrEqual(38);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)!.total).toBe(progress[0]!.total);
    expect(documentCount(start.libraryDbPath).n).toBe(result.value.indexed);
    expect(isRunning(pids[0]!)).toBe(false);
  }, 180_000);

  it('stops part-way when cancelled; the process ends and indexing resumes where it stopped', async () => {
    const start = libraryToIndex();
    const { host, pids } = watchedHost();
    const job = host.start<IngestReport>(start, {
      onProgress: (p) => {
        if (p.done === 3) job.cancel();
      },
    });
    const result = await job.finished;
    // The engine stops between files; one that takes longer than the grace period is cut short.
    if (result.ok) expect(result.value.cancelled).toBe(true);
    else
      expect(result.error.message).toBe('Indexing stopped; what was indexed so far stays indexed.');
    expect(isRunning(pids[0]!)).toBe(false);
    const kept = documentCount(start.libraryDbPath).n;
    expect(kept).toBeLessThan(38);
    expect(integrity(start.libraryDbPath)).toBe('ok');

    const resumed = await host.start<IngestReport>(start).finished;
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value.unchanged).toBe(kept);
    expect(documentCount(start.libraryDbPath).n).toBe(kept + resumed.value.indexed);
  }, 180_000);

  it('reports a process killed from outside, without hanging, and the library stays sound', async () => {
    const start = libraryToIndex();
    const { host, pids } = watchedHost();
    const job = host.start<IngestReport>(start, {
      onProgress: (p) => {
        if (p.done === 5) process.kill(pids[0]!, 'SIGKILL');
      },
    });
    expect(await job.finished).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Indexing stopped: the indexing process was killed (signal SIGKILL), as the system does when memory runs out. What was indexed so far stays indexed.',
      },
    });
    expect(integrity(start.libraryDbPath)).toBe('ok');
    const kept = documentCount(start.libraryDbPath).n;

    const resumed = await host.start<IngestReport>(start).finished;
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value.unchanged).toBe(kept);
    expect(documentCount(start.libraryDbPath).n).toBeGreaterThanOrEqual(38);
    expect(integrity(start.libraryDbPath)).toBe('ok');
  }, 180_000);
});
