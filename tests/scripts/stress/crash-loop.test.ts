// A short crash loop over a small library of handbooks: `portal index` and `portal pack import` killed
// with SIGKILL at random moments leave a whole library, the user database untouched, and a re-run
// that ends with a clean run's library.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashLoop } from '#scripts/stress/crash-loop-runner.ts';
import { writeStressLibrary } from '#scripts/stress/stress-library.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

describe('the crash loop', () => {
  it('finds the library whole and the user database unchanged after each kill', async () => {
    const root = tempFolder('portal-crash-loop-');
    const folder = writeStressLibrary(join(root, 'library'), {
      fixture: false,
      handbooks: 40,
      handbookChars: 12_000,
      seed: 1,
    });
    const lines: string[] = [];
    const report = await runCrashLoop({
      runs: 2,
      seed: 20_261_207,
      folder,
      work: join(root, 'work'),
      kinds: ['index', 'import'],
      log: (line) => lines.push(line),
    });
    expect(report.runs.map((r) => r.kind)).toEqual(['index', 'index', 'import', 'import']);
    expect(report.runs.flatMap((r) => r.failures)).toEqual([]);
    expect(report.failures).toBe(0);
    expect(report.clean.index?.contents.documents).toBe(40);
    expect(report.clean.import?.contents.documents).toBe(40);
    expect(lines.filter((line) => /^(index|import) \d\/2: .*; ok$/.test(line))).toHaveLength(4);
  }, 240_000);
});
