import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedStaging, stagingFolder } from '#core/packs/import-staging.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

/** The id of a process that has ended. */
function endedProcessId(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the staging folders of pack imports', () => {
  it('are named for their process, hidden in the library folder', () => {
    const library = tempFolder();
    const staging = stagingFolder(library);
    expect(basename(staging)).toMatch(new RegExp(`^\\.pack-import-${process.pid}-[0-9a-f-]{36}$`));
  });

  it('are removed once their process has ended, and kept while it runs', () => {
    const library = tempFolder();
    const abandoned = join(library, `.pack-import-${endedProcessId()}-left`);
    const older = join(library, '.pack-import-5f0e0c1a-without-a-process-id');
    const running = stagingFolder(library);
    for (const folder of [abandoned, older, running]) {
      mkdirSync(join(folder, 'reports'), { recursive: true });
      writeFileSync(join(folder, 'reports', 'half-written.pdf'), '%PDF-1.7');
    }
    mkdirSync(join(library, 'reports'));

    expect(removeAbandonedStaging(library).sort()).toEqual(
      [basename(abandoned), basename(older)].sort(),
    );
    expect(existsSync(running)).toBe(true);
    expect(readdirSync(library).sort()).toEqual([basename(running), 'reports'].sort());
  });

  it('leave a library folder not made yet alone', () => {
    const missing = join(tempFolder(), 'not-made-yet');
    expect(removeAbandonedStaging(missing)).toEqual([]);
    expect(existsSync(missing)).toBe(false);
  });
});
