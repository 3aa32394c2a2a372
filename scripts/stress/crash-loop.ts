// Crash loop (not a test): kills `portal index` and `portal pack import` with SIGKILL at random
// moments, checks the library and the user database after each kill, and runs the command again
// to the end. Prints each run, the moment of its kill and what failed; exits 1 on any failure.
// Usage: npm run stress:crash [-- --runs 20 --seed 7 --folder DIR --only index|import]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CRASH_KINDS, runCrashLoop } from './crash-loop-runner.ts';
import { writeStressLibrary } from './stress-library.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    folder: { type: 'string' },
    only: { type: 'string' },
    work: { type: 'string', default: join(tmpdir(), 'portal-crash-loop') },
  },
});

const flags = z
  .object({
    runs: z.coerce.number().int().min(1).max(10_000),
    seed: z.coerce.number().int().min(0),
    only: z.enum(CRASH_KINDS).optional(),
  })
  .safeParse(values);
if (!flags.success) {
  const issue = flags.error.issues[0]!;
  process.stderr.write(`--${issue.path.join('.')}: ${issue.message}\n`);
  process.exit(2);
}

const generated = join(values.work, 'generated-library');
if (!values.folder) rmSync(generated, { recursive: true, force: true });
const folder = values.folder ?? writeStressLibrary(generated);
const work = join(values.work, 'loop');
const log = (line: string) => process.stdout.write(`${line}\n`);
log(
  `Crash loop: ${flags.data.runs} kills of each kind, seed ${flags.data.seed}, library ${folder}`,
);
const report = await runCrashLoop({
  runs: flags.data.runs,
  seed: flags.data.seed,
  folder,
  work,
  kinds: flags.data.only ? [flags.data.only] : CRASH_KINDS,
  log,
});
const killed = report.runs.filter((r) => !r.endedFirst).length;
log(
  `\n${report.runs.length} runs, ${killed} killed mid-way, ${report.failures} failed ` +
    `(seed ${flags.data.seed}).`,
);
process.exitCode = report.failures ? 1 : 0;
