// The long fuzz run (not a test): every target in turn, for a share of the time given, in rounds
// of cases with fresh seeds. It prints, per target, the cases run and each failure with the seed
// and path that replay it (fc.assert with { seed, path } in a test, or --seed here).
// Usage: npm run fuzz [-- --seconds 300] [--target pdf-ingest] [--seed 42]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { FUZZ_TARGETS } from './targets.ts';
import type { FuzzTarget } from './fuzz-target.ts';
import { describeError } from './fuzz-target.ts';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    target: { type: 'string', multiple: true },
    seed: { type: 'string' },
  },
});

const seconds = Number(options.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`--seconds must be a positive number of seconds (received "${options.seconds}").`);
  process.exit(2);
}
const chosen = options.target
  ? FUZZ_TARGETS.filter((target) => options.target!.includes(target.name))
  : FUZZ_TARGETS;
if (chosen.length === 0) {
  console.error(`No such target. Targets: ${FUZZ_TARGETS.map((t) => t.name).join(', ')}.`);
  process.exit(2);
}

/** Cases per round: enough to be quick to start again after a failure. */
const ROUND_RUNS = 50;

interface Tally {
  name: string;
  cases: number;
  failures: { seed: number; path: string | undefined; summary: string }[];
  seconds: number;
}

const firstLine = (text: string) => text.split('\n').find((line) => line.trim()) ?? text;

async function fuzz(target: FuzzTarget, budgetMs: number, firstSeed: number): Promise<Tally> {
  const work = mkdtempSync(join(tmpdir(), `portal-fuzz-${target.name}-`));
  const tally: Tally = { name: target.name, cases: 0, failures: [], seconds: 0 };
  const started = Date.now();
  const prepared = await target.setUp(work);
  try {
    for (let seed = firstSeed; Date.now() - started < budgetMs; seed++) {
      const details = await fc.check(prepared.property, { seed, numRuns: ROUND_RUNS });
      tally.cases += details.numRuns;
      if (details.failed) {
        const summary = firstLine(describeError(details.errorInstance));
        tally.failures.push({ seed, path: details.counterexamplePath ?? undefined, summary });
        console.log(
          `  ${target.name}: FAILED with seed ${seed} path ${details.counterexamplePath}`,
        );
        console.log(`    ${fc.stringify(details.counterexample).slice(0, 600)}`);
        console.log(`    ${summary.slice(0, 600)}`);
      }
    }
  } finally {
    await prepared.close();
    rmSync(work, { recursive: true, force: true });
  }
  tally.seconds = (Date.now() - started) / 1000;
  return tally;
}

const firstSeed = options.seed === undefined ? Date.now() % 1_000_000_000 : Number(options.seed);
console.log(
  `Fuzzing ${chosen.length} targets for ${seconds} s in all, seeds from ${firstSeed}, ${ROUND_RUNS} cases a seed.`,
);
const tallies: Tally[] = [];
for (const target of chosen)
  tallies.push(await fuzz(target, (seconds * 1000) / chosen.length, firstSeed));

console.log('\ntarget              cases  failures  seconds');
for (const t of tallies)
  console.log(
    `${t.name.padEnd(18)} ${String(t.cases).padStart(6)}  ${String(t.failures.length).padStart(8)}  ${t.seconds.toFixed(0).padStart(7)}`,
  );
const failed = tallies.reduce((sum, t) => sum + t.failures.length, 0);
console.log(`\n${tallies.reduce((sum, t) => sum + t.cases, 0)} cases, ${failed} failing seeds.`);
process.exit(failed > 0 ? 1 : 0);
