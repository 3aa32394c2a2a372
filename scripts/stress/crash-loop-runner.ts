// The crash loop: the real command line indexes a library folder, or imports a pack, and is killed
// with SIGKILL at a random moment, again and again. After each kill the library database must be
// whole (SQLite's and FTS5's integrity checks), the user database byte for byte what it was, and
// the same command, run again, must finish with the library a clean run makes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPortal } from '#core/portal.ts';
import { seededRandom } from '../seeded-random.ts';
import type { LibraryContents } from './library-checks.ts';
import {
  databaseBytes,
  documentCount,
  libraryContents,
  libraryProblems,
} from './library-checks.ts';

const CLI = resolve(import.meta.dirname, '..', 'portal.ts');

export const CRASH_KINDS = ['index', 'import'] as const;
export type CrashKind = (typeof CRASH_KINDS)[number];

export interface CrashLoopOptions {
  /** Kills of each kind. */
  runs: number;
  seed: number;
  /** The library folder to index and to make the pack from. */
  folder: string;
  /** A folder of the loop's own (databases, the pack); emptied first. */
  work: string;
  kinds: readonly CrashKind[];
  log: (line: string) => void;
  /** How long a run to completion may take before it counts as hanging. */
  finishTimeoutMs?: number;
}

export interface CrashRun {
  kind: CrashKind;
  run: number;
  killAfterMs: number;
  /** The command had ended by itself before the kill. */
  endedFirst: boolean;
  /** Documents in the library right after the kill, or null when there was no database yet. */
  documentsAtKill: number | null;
  rerunMs: number;
  failures: string[];
}

export interface CrashLoopReport {
  clean: Record<CrashKind, { ms: number; contents: LibraryContents } | undefined>;
  runs: CrashRun[];
  failures: number;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stderr: string;
}

/** Runs the command line; kills it with SIGKILL after `killAfterMs` if it is still running. */
function runPortal(args: string[], home: string, killAfterMs: number): Promise<Exit> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, PORTAL_HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((done, fail) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, ms: performance.now() - started, stderr });
    });
  });
}

/** One place the loop works in: a library folder, its database and the user database beside it. */
interface Target {
  folder: string;
  libraryDb: string;
  userDb: string;
}

function targetIn(dir: string, folder: string): Target {
  return {
    folder,
    libraryDb: join(dir, 'library.sqlite'),
    userDb: join(dir, 'user.sqlite'),
  };
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Puts something of the user's in the user database, so that a change to it would show. */
async function seedUserDatabase(target: Target): Promise<void> {
  const scratch = `${target.libraryDb}.seed`;
  const portal = openPortal({ libraryDbPath: scratch, userDbPath: target.userDb });
  try {
    const made = await portal.api.createReadingList({
      name: 'Prosecutors, week one',
      note: 'Kept through every crash.',
    });
    if (!made.ok) throw new Error(made.error.message);
  } finally {
    portal.close();
    removeDatabase(scratch);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What a kind of run does: how the library is made ready, and the command that is killed. */
interface CrashScenario {
  kind: CrashKind;
  /** Brings the target to where the command starts from. */
  reset(target: Target): Promise<void>;
  command(target: Target): string[];
}

export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopReport> {
  const { log } = options;
  const folder = resolve(options.folder);
  const work = resolve(options.work);
  const home = join(work, 'home');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const finishTimeoutMs = options.finishTimeoutMs ?? 10 * 60_000;
  const random = seededRandom(options.seed);

  const finish = async (args: string[], what: string): Promise<Exit> => {
    const exit = await runPortal(args, home, finishTimeoutMs);
    if (exit.code !== 0)
      throw new Error(`${what} failed (${exit.signal ?? `exit ${exit.code}`}): ${exit.stderr}`);
    return exit;
  };

  // The library a clean run makes, and the source of the pack.
  const source = targetIn(join(work, 'source'), folder);
  const indexArgs = (target: Target) => ['index', target.folder, '--db', target.libraryDb];
  const cleanIndex = await finish(indexArgs(source), 'Indexing the library');
  const report: CrashLoopReport = {
    clean: {
      index: { ms: cleanIndex.ms, contents: libraryContents(source.libraryDb) },
      import: undefined,
    },
    runs: [],
    failures: 0,
  };
  log(
    `Clean index: ${report.clean.index!.contents.documents} documents, ` +
      `${report.clean.index!.contents.pages} pages in ${seconds(cleanIndex.ms)}.`,
  );

  const scenarios: CrashScenario[] = [];
  if (options.kinds.includes('index')) {
    scenarios.push({
      kind: 'index',
      reset: async (target) => removeDatabase(target.libraryDb),
      command: indexArgs,
    });
  }
  if (options.kinds.includes('import')) {
    const pack = join(work, 'library.pack');
    await finish(
      ['pack', 'create', pack, '--publisher', 'Crash loop', '--db', source.libraryDb],
      'Making the pack',
    );
    // An empty library the pack goes into, made anew for every run.
    const reset = async (target: Target) => {
      rmSync(target.folder, { recursive: true, force: true });
      mkdirSync(target.folder, { recursive: true });
      removeDatabase(target.libraryDb);
      await finish(indexArgs(target), 'Indexing the empty library');
    };
    const command = (target: Target) => ['pack', 'import', pack, '--db', target.libraryDb];
    const clean = targetIn(join(work, 'import-clean'), join(work, 'import-clean', 'library'));
    await reset(clean);
    const cleanImport = await finish(command(clean), 'Importing the pack');
    report.clean.import = { ms: cleanImport.ms, contents: libraryContents(clean.libraryDb) };
    log(
      `Clean pack import: ${report.clean.import.contents.documents} documents in ` +
        `${seconds(cleanImport.ms)}.`,
    );
    scenarios.push({ kind: 'import', reset, command });
  }

  for (const scenario of scenarios) {
    const dir = join(work, `crash-${scenario.kind}`);
    const target = targetIn(dir, scenario.kind === 'index' ? folder : join(dir, 'library'));
    mkdirSync(dir, { recursive: true });
    await seedUserDatabase(target);
    const clean = report.clean[scenario.kind]!;
    // Kill moments are drawn over the length of the last run to the end (the clean run's, then
    // each re-run's), so that they follow the machine's load as it comes and goes.
    let lastRunMs = clean.ms;
    for (let run = 1; run <= options.runs; run++) {
      await scenario.reset(target);
      const userBytes = databaseBytes(target.userDb);
      const killAfterMs = Math.round(random() * lastRunMs);
      const killed = await runPortal(scenario.command(target), home, killAfterMs);
      const failures: string[] = [];
      const endedFirst = killed.signal !== 'SIGKILL';
      if (endedFirst && killed.code !== 0)
        failures.push(`the command failed before the kill: ${killed.stderr.trim()}`);
      const documentsAtKill = documentCount(target.libraryDb);
      if (existsSync(target.libraryDb))
        failures.push(...libraryProblems(target.libraryDb).map((p) => `after the kill: ${p}`));
      if (databaseBytes(target.userDb) !== userBytes)
        failures.push('the user database changed (after the kill)');

      const rerun = await runPortal(scenario.command(target), home, finishTimeoutMs);
      if (rerun.code !== 0) {
        failures.push(
          `the run after the kill did not finish (${rerun.signal ?? `exit ${rerun.code}`}): ${rerun.stderr.trim()}`,
        );
      } else {
        lastRunMs = rerun.ms;
        failures.push(...libraryProblems(target.libraryDb).map((p) => `after the re-run: ${p}`));
        const contents = libraryContents(target.libraryDb);
        if (contents.digest !== clean.contents.digest)
          failures.push(
            `the library differs from a clean run's: ${contents.documents} documents and ` +
              `${contents.pages} pages (clean: ${clean.contents.documents} and ${clean.contents.pages})`,
          );
      }
      if (databaseBytes(target.userDb) !== userBytes)
        failures.push('the user database changed (after the re-run)');
      const leftovers = readdirSync(target.folder).filter((name) =>
        name.startsWith('.pack-import-'),
      );
      if (leftovers.length)
        failures.push(`the library folder keeps an unfinished import: ${leftovers.join(', ')}`);

      const result: CrashRun = {
        kind: scenario.kind,
        run,
        killAfterMs,
        endedFirst,
        documentsAtKill,
        rerunMs: Math.round(rerun.ms),
        failures,
      };
      report.runs.push(result);
      report.failures += failures.length ? 1 : 0;
      log(describeRun(result, options.runs));
    }
  }
  return report;
}

export function describeRun(run: CrashRun, of: number): string {
  const at = run.endedFirst
    ? `ended by itself before the kill at ${run.killAfterMs} ms`
    : `killed after ${run.killAfterMs} ms`;
  const held =
    run.documentsAtKill === null
      ? 'no library yet'
      : `library held ${run.documentsAtKill} documents`;
  const outcome = run.failures.length ? `FAILED\n    ${run.failures.join('\n    ')}` : 'ok';
  return `${run.kind} ${run.run}/${of}: ${at} (${held}); re-run ${seconds(run.rerunMs)}; ${outcome}`;
}
