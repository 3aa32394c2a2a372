// The short run of a fuzz target in the tests: a fixed seed, so a failure replays the same way,
// and fast-check's report of the failing case with its seed and path to run it again.
import fc from 'fast-check';
import { afterAll, beforeAll, it } from 'vitest';
import type { FuzzTarget, PreparedTarget } from '#scripts/fuzz/fuzz-target.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

export function shortRun(target: FuzzTarget, seed: number, runs = target.shortRuns): void {
  let prepared: PreparedTarget;
  beforeAll(async () => {
    prepared = await target.setUp(tempFolderFor(`fuzz-${target.name}`));
  });
  afterAll(() => prepared?.close());

  it(`${target.name}: ${runs} cases end in a result or a typed error (seed ${seed})`, async () => {
    await fc.assert(prepared.property, { seed, numRuns: runs, verbose: 1 });
  });
}
