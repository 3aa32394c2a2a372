// The host over real child processes, each running a scripted entry that behaves as the test
// asks: answering, failing, crashing, refusing to stop, talking nonsense, running out of memory.
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { forkIngestChild } from '#core/ingest-host/fork-ingest-host.ts';
import type { ForkIngestOptions } from '#core/ingest-host/fork-ingest-host.ts';
import { ingestHost } from '#core/ingest-host/ingest-host.ts';
import type { IngestTiming } from '#core/ingest-host/ingest-host.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';

const SCRIPTED = new URL('./fixtures/scripted-ingest-process.ts', import.meta.url);
const ABANDONING_PARENT = new URL('./fixtures/abandoning-parent.ts', import.meta.url);

/** A host over the scripted entry that also tells the test which processes it started. */
function scriptedHost(
  timing: IngestTiming = { cancelGraceMs: 2000, exitGraceMs: 2000 },
  options: ForkIngestOptions = {},
) {
  const pids: number[] = [];
  const launch = forkIngestChild({ entry: SCRIPTED, ...options });
  const host = ingestHost(() => {
    const child = launch();
    pids.push(child.pid!);
    return child;
  }, timing);
  return { host, pids };
}

const run = (script: string) => ({
  libraryDbPath: 'unused',
  userDbPath: 'unused',
  libraryFolder: script,
  task: { kind: 'index' as const },
});

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the indexing process host', () => {
  it('relays progress and the final report, then the process has ended', async () => {
    const { host, pids } = scriptedHost();
    const seen: IngestProgress[] = [];
    const job = host.start(run('count-5'), { onProgress: (p) => seen.push(p) });
    const result = await job.finished;
    expect(result).toMatchObject({ ok: true, value: { indexed: 5, cancelled: false } });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(job.progress()).toEqual({ done: 4, total: 5, current: 'file-4.pdf' });
    expect(isRunning(pids[0]!)).toBe(false);
  });

  it('cancels politely part-way, keeping what was done', async () => {
    const { host } = scriptedHost({ cancelGraceMs: 30_000, exitGraceMs: 2000 });
    const job = host.start<IngestReport>(run('count-1000'), {
      onProgress: (p) => {
        if (p.done === 3) job.cancel();
      },
    });
    const result = await job.finished;
    expect(result.ok && result.value.cancelled).toBe(true);
    expect(result.ok && result.value.indexed).toBeGreaterThanOrEqual(3);
    expect(result.ok && result.value.indexed).toBeLessThan(1000);
  });

  it('kills a process that does not stop within the grace period after cancel', async () => {
    const { host, pids } = scriptedHost({ cancelGraceMs: 300, exitGraceMs: 2000 });
    const job = host.start(run('ignore-cancel'), {
      onProgress: (p) => {
        if (p.done === 2) job.cancel();
      },
    });
    const started = Date.now();
    expect(await job.finished).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Indexing stopped; what was indexed so far stays indexed.',
      },
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(isRunning(pids[0]!)).toBe(false);
    job.cancel();
  });

  it('returns a thrown error as a failure', async () => {
    const { host } = scriptedHost();
    expect(await host.start(run('throw')).finished).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The library folder is not readable.' },
    });
  });

  it('names the exit code of a process that ended without answering', async () => {
    const { host } = scriptedHost();
    const job = host.start(run('crash'));
    expect(await job.finished).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Indexing stopped unexpectedly: the indexing process ended (exit code 3). What was indexed so far stays indexed.',
      },
    });
    job.cancel();
  });

  it('rejects a message it cannot read and ends the process that sent it', async () => {
    const { host, pids } = scriptedHost();
    const seen: IngestProgress[] = [];
    const result = await host.start(run('garbage'), { onProgress: (p) => seen.push(p) }).finished;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Indexing stopped: the indexing process sent a message the app does not understand. What was indexed so far stays indexed.',
      },
    });
    expect(seen).toEqual([]);
    expect(isRunning(pids[0]!)).toBe(false);
  });

  it('says so when the process ran out of memory under its heap ceiling', async () => {
    const { host } = scriptedHost(undefined, { heapLimitMb: 48 });
    const result = await host.start(run('hog')).finished;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: expect.stringMatching(
          /^Indexing stopped: the indexing process ran out of memory \((signal SIGABRT|exit code \d+)\)\./,
        ),
      },
    });
  });

  it('refuses a start message the process cannot read', async () => {
    const { host } = scriptedHost();
    const bad = { ...run('count-1'), task: { kind: 'format-disk' } } as unknown as ReturnType<
      typeof run
    >;
    expect(await host.start(bad).finished).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'The indexing process was given a task it does not understand.',
      },
    });
  });

  it('stops when the app that started it is gone, instead of indexing on alone', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      fileURLToPath(ABANDONING_PARENT),
    ]);
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const deadline = Date.now() + 30_000;
    while (isRunning(pid) && Date.now() < deadline) await sleep(50);
    expect(isRunning(pid)).toBe(false);
  });
});
